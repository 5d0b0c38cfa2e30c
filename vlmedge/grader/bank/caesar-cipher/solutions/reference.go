package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

const alphabetSize = 26

func shiftLetter(letter byte, shift int64) byte {
	switch {
	case letter >= 'a' && letter <= 'z':
		return 'a' + byte((int64(letter-'a')+shift)%alphabetSize)
	case letter >= 'A' && letter <= 'Z':
		return 'A' + byte((int64(letter-'A')+shift)%alphabetSize)
	default:
		return letter
	}
}

func encrypt(text string, k int64) string {
	// Reduce k to 0..25 first, so negative and huge shifts work too.
	shift := (k%alphabetSize + alphabetSize) % alphabetSize
	encrypted := []byte(text)
	for i := range encrypted {
		encrypted[i] = shiftLetter(encrypted[i], shift)
	}
	return string(encrypted)
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	firstLine, _ := reader.ReadString('\n')
	k, _ := strconv.ParseInt(strings.TrimSpace(firstLine), 10, 64)
	text, _ := reader.ReadString('\n')
	text = strings.TrimRight(text, "\r\n")
	fmt.Println(encrypt(text, k))
}
