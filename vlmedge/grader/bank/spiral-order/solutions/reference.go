package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func spiral(matrix [][]int) []int {
	var order []int
	top, bottom, left, right := 0, len(matrix)-1, 0, len(matrix[0])-1
	for top <= bottom && left <= right {
		for col := left; col <= right; col++ {
			order = append(order, matrix[top][col])
		}
		for row := top + 1; row <= bottom; row++ {
			order = append(order, matrix[row][right])
		}
		if top < bottom {
			for col := right - 1; col >= left; col-- {
				order = append(order, matrix[bottom][col])
			}
		}
		if left < right {
			for row := bottom - 1; row > top; row-- {
				order = append(order, matrix[row][left])
			}
		}
		top, bottom, left, right = top+1, bottom-1, left+1, right-1
	}
	return order
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var rows, cols int
	fmt.Fscan(reader, &rows, &cols)
	matrix := make([][]int, rows)
	for r := range matrix {
		matrix[r] = make([]int, cols)
		for c := range matrix[r] {
			fmt.Fscan(reader, &matrix[r][c])
		}
	}

	order := spiral(matrix)
	words := make([]string, len(order))
	for i, value := range order {
		words[i] = strconv.Itoa(value)
	}
	fmt.Println(strings.Join(words, " "))
}
