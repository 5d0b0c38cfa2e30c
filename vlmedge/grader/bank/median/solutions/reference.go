package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

// median keeps the values in 64 bits: the sum of the two middle ones may not fit in 32.
func median(values []int64) float64 {
	sort.Slice(values, func(a, b int) bool { return values[a] < values[b] })
	middle := len(values) / 2
	if len(values)%2 == 1 {
		return float64(values[middle])
	}
	return float64(values[middle-1]+values[middle]) / 2
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count int
	fmt.Fscan(reader, &count)
	values := make([]int64, count)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}
	fmt.Printf("%.6f\n", median(values))
}
