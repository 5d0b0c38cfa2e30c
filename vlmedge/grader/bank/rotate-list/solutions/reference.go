package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func rotateRight(values []int64, steps int64) []int64 {
	shift := int(steps % int64(len(values)))
	split := len(values) - shift
	rotated := append([]int64{}, values[split:]...)
	return append(rotated, values[:split]...)
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count int
	var steps int64
	fmt.Fscan(reader, &count, &steps)
	values := make([]int64, count)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}

	rotated := rotateRight(values, steps)
	words := make([]string, len(rotated))
	for i, value := range rotated {
		words[i] = strconv.FormatInt(value, 10)
	}
	fmt.Println(strings.Join(words, " "))
}
