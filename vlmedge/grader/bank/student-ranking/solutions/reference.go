package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

type student struct {
	name  string
	score int
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()

	var count int
	fmt.Fscan(reader, &count)
	students := make([]student, count)
	for i := range students {
		fmt.Fscan(reader, &students[i].name, &students[i].score)
	}

	// Highest score first; equal scores alphabetically by name.
	sort.Slice(students, func(a, b int) bool {
		if students[a].score != students[b].score {
			return students[a].score > students[b].score
		}
		return students[a].name < students[b].name
	})

	rank := 0
	for i, current := range students {
		if i == 0 || current.score != students[i-1].score {
			rank = i + 1
		}
		fmt.Fprintln(writer, rank, current.name, current.score)
	}
}
