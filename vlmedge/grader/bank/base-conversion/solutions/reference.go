package main

import (
	"fmt"
)

const digits = "0123456789ABCDEF"

func toBase(number int64, base int64) string {
	if number == 0 {
		return "0"
	}
	negative := number < 0
	if negative {
		number = -number
	}
	var reversed []byte
	for number > 0 {
		reversed = append(reversed, digits[number%base])
		number /= base
	}
	if negative {
		reversed = append(reversed, '-')
	}
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	return string(reversed)
}

func main() {
	var number, base int64
	fmt.Scan(&number, &base)
	fmt.Println(toBase(number, base))
}
