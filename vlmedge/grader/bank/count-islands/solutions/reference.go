package main

import (
	"bufio"
	"fmt"
	"os"
)

const (
	land  = '#'
	water = '.'
)

type cell struct{ row, col int }

var steps = []cell{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}

// sinkIsland turns the island containing start into water, with an explicit stack instead of recursion.
func sinkIsland(grid [][]byte, start cell) {
	stack := []cell{start}
	grid[start.row][start.col] = water
	for len(stack) > 0 {
		current := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, step := range steps {
			r, c := current.row+step.row, current.col+step.col
			if r < 0 || r >= len(grid) || c < 0 || c >= len(grid[r]) || grid[r][c] != land {
				continue
			}
			grid[r][c] = water
			stack = append(stack, cell{r, c})
		}
	}
}

func countIslands(grid [][]byte) int {
	islands := 0
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == land {
				islands++
				sinkIsland(grid, cell{r, c})
			}
		}
	}
	return islands
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var rows, cols int
	fmt.Fscan(reader, &rows, &cols)
	grid := make([][]byte, rows)
	for r := range grid {
		var line string
		fmt.Fscan(reader, &line)
		grid[r] = []byte(line)
	}
	fmt.Println(countIslands(grid))
}
