package main

import (
	"bufio"
	"fmt"
	"os"
)

type point struct{ x, y int64 }

// polygonArea uses the shoelace formula; coordinate products need 64 bits.
func polygonArea(points []point) float64 {
	var twiceSignedArea int64
	for i, current := range points {
		next := points[(i+1)%len(points)]
		twiceSignedArea += current.x*next.y - next.x*current.y
	}
	if twiceSignedArea < 0 {
		twiceSignedArea = -twiceSignedArea
	}
	return float64(twiceSignedArea) / 2
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var count int
	fmt.Fscan(reader, &count)
	points := make([]point, count)
	for i := range points {
		fmt.Fscan(reader, &points[i].x, &points[i].y)
	}
	fmt.Printf("%.6f\n", polygonArea(points))
}
