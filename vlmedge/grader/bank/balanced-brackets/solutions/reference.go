package main

import (
	"bufio"
	"fmt"
	"os"
)

var closerToOpener = map[rune]rune{')': '(', ']': '[', '}': '{'}

func isBalanced(brackets string) bool {
	var stack []rune
	for _, bracket := range brackets {
		opener, isCloser := closerToOpener[bracket]
		if !isCloser {
			stack = append(stack, bracket)
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != opener {
			return false
		}
		stack = stack[:len(stack)-1]
	}
	return len(stack) == 0
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count int
	fmt.Fscan(reader, &count)
	for i := 0; i < count; i++ {
		var brackets string
		fmt.Fscan(reader, &brackets)
		if isBalanced(brackets) {
			fmt.Println("YES")
		} else {
			fmt.Println("NO")
		}
	}
}
