package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

type interval struct{ start, end int64 }

func mergeIntervals(intervals []interval) []interval {
	sort.Slice(intervals, func(a, b int) bool {
		if intervals[a].start != intervals[b].start {
			return intervals[a].start < intervals[b].start
		}
		return intervals[a].end < intervals[b].end
	})
	var merged []interval
	for _, current := range intervals {
		last := len(merged) - 1
		if last >= 0 && current.start <= merged[last].end {
			if current.end > merged[last].end {
				merged[last].end = current.end
			}
		} else {
			merged = append(merged, current)
		}
	}
	return merged
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()

	var count int
	fmt.Fscan(reader, &count)
	intervals := make([]interval, count)
	for i := range intervals {
		fmt.Fscan(reader, &intervals[i].start, &intervals[i].end)
	}

	merged := mergeIntervals(intervals)
	fmt.Fprintln(writer, len(merged))
	for _, current := range merged {
		fmt.Fprintln(writer, current.start, current.end)
	}
}
