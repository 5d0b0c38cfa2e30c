package main

import (
	"bufio"
	"fmt"
	"os"
)

type move struct{ from, to int }

// hanoi moves `disks` disks from source to target, recording every move.
func hanoi(disks, source, target, spare int, moves []move) []move {
	if disks == 0 {
		return moves
	}
	moves = hanoi(disks-1, source, spare, target, moves)
	moves = append(moves, move{source, target})
	return hanoi(disks-1, spare, target, source, moves)
}

func main() {
	var disks int
	fmt.Scan(&disks)
	moves := hanoi(disks, 1, 3, 2, nil)

	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	fmt.Fprintln(writer, len(moves))
	for _, m := range moves {
		fmt.Fprintln(writer, m.from, m.to)
	}
}
