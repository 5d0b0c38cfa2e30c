package main

import (
	"fmt"
)

// powerMod is exponentiation by squaring, reducing modulo `modulus` after every multiplication.
func powerMod(base, exponent, modulus int64) int64 {
	result := 1 % modulus
	base %= modulus
	for exponent > 0 {
		if exponent%2 == 1 {
			result = result * base % modulus
		}
		base = base * base % modulus
		exponent /= 2
	}
	return result
}

func main() {
	var base, exponent, modulus int64
	fmt.Scan(&base, &exponent, &modulus)
	fmt.Println(powerMod(base, exponent, modulus))
}
