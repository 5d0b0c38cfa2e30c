package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func isPalindrome(word string) bool {
	lowered := strings.ToLower(word)
	for i, j := 0, len(lowered)-1; i < j; i, j = i+1, j-1 {
		if lowered[i] != lowered[j] {
			return false
		}
	}
	return true
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count int
	fmt.Fscan(reader, &count)
	for i := 0; i < count; i++ {
		var word string
		fmt.Fscan(reader, &word)
		if isPalindrome(word) {
			fmt.Println("YES")
		} else {
			fmt.Println("NO")
		}
	}
}
