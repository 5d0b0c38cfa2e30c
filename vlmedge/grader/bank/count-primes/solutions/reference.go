package main

import (
	"fmt"
)

// countPrimes runs the sieve of Eratosthenes over 0..limit.
func countPrimes(limit int) int {
	if limit < 2 {
		return 0
	}
	composite := make([]bool, limit+1)
	for factor := 2; factor*factor <= limit; factor++ {
		if composite[factor] {
			continue
		}
		for multiple := factor * factor; multiple <= limit; multiple += factor {
			composite[multiple] = true
		}
	}
	count := 0
	for number := 2; number <= limit; number++ {
		if !composite[number] {
			count++
		}
	}
	return count
}

func main() {
	var limit int
	fmt.Scan(&limit)
	fmt.Println(countPrimes(limit))
}
