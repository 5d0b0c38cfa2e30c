package main

import (
	"bufio"
	"fmt"
	"os"
)

var symbolValues = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

// romanToInt subtracts a symbol followed by a larger one and adds every other symbol.
func romanToInt(numeral string) int {
	total := 0
	for i := 0; i < len(numeral); i++ {
		value := symbolValues[numeral[i]]
		if i+1 < len(numeral) && value < symbolValues[numeral[i+1]] {
			total -= value
		} else {
			total += value
		}
	}
	return total
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	var count int
	fmt.Fscan(reader, &count)
	for i := 0; i < count; i++ {
		var numeral string
		fmt.Fscan(reader, &numeral)
		fmt.Fprintln(writer, romanToInt(numeral))
	}
}
