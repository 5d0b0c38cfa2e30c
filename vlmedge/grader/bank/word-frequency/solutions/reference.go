package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

type entry struct {
	word  string
	count int
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()

	var n int
	fmt.Fscan(reader, &n)
	counts := make(map[string]int)
	for i := 0; i < n; i++ {
		var word string
		fmt.Fscan(reader, &word)
		counts[word]++
	}

	entries := make([]entry, 0, len(counts))
	for word, count := range counts {
		entries = append(entries, entry{word, count})
	}
	// Largest count first; equal counts alphabetically (byte order).
	sort.Slice(entries, func(a, b int) bool {
		if entries[a].count != entries[b].count {
			return entries[a].count > entries[b].count
		}
		return entries[a].word < entries[b].word
	})
	for _, e := range entries {
		fmt.Fprintln(writer, e.word, e.count)
	}
}
