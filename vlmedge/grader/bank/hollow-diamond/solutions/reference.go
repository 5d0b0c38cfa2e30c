package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// diamondRow is row `row` (1-based) of the top half of a diamond of size `size`.
func diamondRow(size, row int) string {
	indent := strings.Repeat(" ", size-row)
	if row == 1 {
		return indent + "*"
	}
	return indent + "*" + strings.Repeat(" ", 2*row-3) + "*"
}

func main() {
	var size int
	fmt.Scan(&size)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	for row := 1; row <= size; row++ {
		fmt.Fprintln(writer, diamondRow(size, row))
	}
	for row := size - 1; row >= 1; row-- {
		fmt.Fprintln(writer, diamondRow(size, row))
	}
}
