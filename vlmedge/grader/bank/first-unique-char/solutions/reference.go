package main

import (
	"bufio"
	"fmt"
	"os"
)

func firstUniqueIndex(word string) int {
	var counts [26]int
	for i := 0; i < len(word); i++ {
		counts[word[i]-'a']++
	}
	for i := 0; i < len(word); i++ {
		if counts[word[i]-'a'] == 1 {
			return i
		}
	}
	return -1
}

func main() {
	var word string
	fmt.Fscan(bufio.NewReader(os.Stdin), &word)
	fmt.Println(firstUniqueIndex(word))
}
