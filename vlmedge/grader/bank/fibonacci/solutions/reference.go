package main

import (
	"fmt"
)

// fibonacci returns F(n); F(90) needs 64 bits.
func fibonacci(n int) int64 {
	var previous, current int64 = 0, 1
	for i := 0; i < n; i++ {
		previous, current = current, previous+current
	}
	return previous
}

func main() {
	var n int
	fmt.Scan(&n)
	fmt.Println(fibonacci(n))
}
