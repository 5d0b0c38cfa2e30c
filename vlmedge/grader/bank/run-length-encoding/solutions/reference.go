package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func encode(word string) string {
	var encoded strings.Builder
	for start := 0; start < len(word); {
		end := start
		for end < len(word) && word[end] == word[start] {
			end++
		}
		encoded.WriteByte(word[start])
		encoded.WriteString(strconv.Itoa(end - start))
		start = end
	}
	return encoded.String()
}

func main() {
	var word string
	fmt.Fscan(bufio.NewReader(os.Stdin), &word)
	fmt.Println(encode(word))
}
