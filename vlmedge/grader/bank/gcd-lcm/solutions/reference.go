package main

import (
	"bufio"
	"fmt"
	"os"
)

// gcd uses Euclid's algorithm; gcd(a, 0) = a.
func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// lcm divides before multiplying, so the intermediate value never exceeds the result.
func lcm(a, b int64) int64 {
	return a / gcd(a, b) * b
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count int
	fmt.Fscan(reader, &count)
	values := make([]int64, count)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}

	commonDivisor, commonMultiple := values[0], values[0]
	for _, value := range values[1:] {
		commonDivisor = gcd(commonDivisor, value)
		commonMultiple = lcm(commonMultiple, value)
	}
	fmt.Println(commonDivisor, commonMultiple)
}
