package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func lettersKey(word string) string {
	letters := strings.Split(word, "")
	sort.Strings(letters)
	return strings.Join(letters, "")
}

func groupAnagrams(words []string) [][]string {
	groupsByLetters := make(map[string][]string)
	for _, word := range words {
		key := lettersKey(word)
		groupsByLetters[key] = append(groupsByLetters[key], word)
	}
	groups := make([][]string, 0, len(groupsByLetters))
	for _, group := range groupsByLetters {
		sort.Strings(group)
		groups = append(groups, group)
	}
	sort.Slice(groups, func(a, b int) bool { return groups[a][0] < groups[b][0] })
	return groups
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()

	var count int
	fmt.Fscan(reader, &count)
	words := make([]string, count)
	for i := range words {
		fmt.Fscan(reader, &words[i])
	}

	groups := groupAnagrams(words)
	fmt.Fprintln(writer, len(groups))
	for _, group := range groups {
		fmt.Fprintln(writer, len(group), strings.Join(group, " "))
	}
}
