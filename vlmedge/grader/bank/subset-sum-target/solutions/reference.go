package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type subsetSearch struct {
	values []int
	chosen []int
	found  [][]int
}

// search either takes or skips each value; the values are sorted, so every subset comes out increasing
// and the search can stop as soon as the next value is larger than what remains.
func (s *subsetSearch) search(index, remaining int) {
	if remaining == 0 {
		s.found = append(s.found, append([]int{}, s.chosen...))
		return
	}
	if index == len(s.values) || s.values[index] > remaining {
		return
	}
	s.chosen = append(s.chosen, s.values[index])
	s.search(index+1, remaining-s.values[index])
	s.chosen = s.chosen[:len(s.chosen)-1]
	s.search(index+1, remaining)
}

func subsetsWithSum(values []int, target int) [][]int {
	sort.Ints(values)
	s := subsetSearch{values: values}
	s.search(0, target)
	return s.found
}

func joinInts(values []int) string {
	words := make([]string, len(values))
	for i, value := range values {
		words[i] = strconv.Itoa(value)
	}
	return strings.Join(words, " ")
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count, target int
	fmt.Fscan(reader, &count, &target)
	values := make([]int, count)
	for i := range values {
		fmt.Fscan(reader, &values[i])
	}

	subsets := subsetsWithSum(values, target)
	if len(subsets) == 0 {
		fmt.Println("NONE")
	}
	for _, subset := range subsets {
		fmt.Println(joinInts(subset))
	}
}
