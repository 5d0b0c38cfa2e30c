package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func readList(reader *bufio.Reader) []int64 {
	var count int
	fmt.Fscan(reader, &count)
	values := make([]int64, count)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}
	return values
}

func merge(first, second []int64) []int64 {
	merged := make([]int64, 0, len(first)+len(second))
	i, j := 0, 0
	for i < len(first) && j < len(second) {
		if first[i] <= second[j] {
			merged = append(merged, first[i])
			i++
		} else {
			merged = append(merged, second[j])
			j++
		}
	}
	merged = append(merged, first[i:]...)
	return append(merged, second[j:]...)
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	first := readList(reader)
	second := readList(reader)

	merged := merge(first, second)
	words := make([]string, len(merged))
	for k, value := range merged {
		words[k] = strconv.FormatInt(value, 10)
	}
	fmt.Println(strings.Join(words, " "))
}
