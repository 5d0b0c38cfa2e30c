package main

import (
	"bufio"
	"fmt"
	"os"
)

// secondLargest returns the largest value strictly below the maximum, and false if there is none.
func secondLargest(values []int64) (int64, bool) {
	largest := values[0]
	var second int64
	found := false
	for _, value := range values[1:] {
		if value > largest {
			second, largest, found = largest, value, true
		} else if value < largest && (!found || value > second) {
			second, found = value, true
		}
	}
	return second, found
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count int
	fmt.Fscan(reader, &count)
	values := make([]int64, count)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}
	if answer, found := secondLargest(values); found {
		fmt.Println(answer)
	} else {
		fmt.Println("NONE")
	}
}
