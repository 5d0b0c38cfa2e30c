package main

import (
	"bufio"
	"fmt"
	"os"
)

// maxSubarray is Kadane's algorithm: the best sum of a subarray ending at each position.
func maxSubarray(nums []int64) int64 {
	best, current := nums[0], nums[0]
	for _, value := range nums[1:] {
		if current > 0 {
			current += value
		} else {
			current = value
		}
		if current > best {
			best = current
		}
	}
	return best
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count int
	fmt.Fscan(reader, &count)
	nums := make([]int64, count)
	for i := range nums {
		fmt.Fscan(reader, &nums[i])
	}
	fmt.Println(maxSubarray(nums))
}
