package main

import (
	"bufio"
	"fmt"
	"os"
)

// findPair looks up, for each j, the first earlier position holding target - a_j: that gives the
// smallest j, and among those the smallest i. Values are 64-bit, so target - a_j cannot overflow.
func findPair(values []int64, target int64) (int, int) {
	firstPosition := make(map[int64]int)
	for j, value := range values {
		if i, ok := firstPosition[target-value]; ok {
			return i, j
		}
		if _, seen := firstPosition[value]; !seen {
			firstPosition[value] = j
		}
	}
	return -1, -1
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count int
	var target int64
	fmt.Fscan(reader, &count, &target)
	values := make([]int64, count)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}
	fmt.Println(findPair(values, target))
}
