use std::io::{self, Read};

const LAND: u8 = b'#';
const WATER: u8 = b'.';

const STEPS: [(isize, isize); 4] = [(1, 0), (-1, 0), (0, 1), (0, -1)];

/// The side neighbour of (row, col) in direction `step`, if it lies inside the grid.
fn neighbour(
    grid: &[Vec<u8>],
    row: usize,
    col: usize,
    step: (isize, isize),
) -> Option<(usize, usize)> {
    let r = row as isize + step.0;
    let c = col as isize + step.1;
    if r < 0 || c < 0 || r >= grid.len() as isize || c >= grid[0].len() as isize {
        return None;
    }
    Some((r as usize, c as usize))
}

/// Turns the island containing (row, col) into water, with an explicit stack instead of recursion.
fn sink_island(grid: &mut [Vec<u8>], row: usize, col: usize) {
    let mut stack = vec![(row, col)];
    grid[row][col] = WATER;
    while let Some((r, c)) = stack.pop() {
        for step in STEPS {
            if let Some((nr, nc)) = neighbour(grid, r, c, step) {
                if grid[nr][nc] == LAND {
                    grid[nr][nc] = WATER;
                    stack.push((nr, nc));
                }
            }
        }
    }
}

fn count_islands(grid: &mut [Vec<u8>]) -> usize {
    let mut islands = 0;
    for row in 0..grid.len() {
        for col in 0..grid[row].len() {
            if grid[row][col] == LAND {
                islands += 1;
                sink_island(grid, row, col);
            }
        }
    }
    islands
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_whitespace();
    let rows: usize = tokens.next().unwrap().parse().unwrap();
    let _cols: usize = tokens.next().unwrap().parse().unwrap();
    let mut grid: Vec<Vec<u8>> = tokens
        .take(rows)
        .map(|line| line.as_bytes().to_vec())
        .collect();
    println!("{}", count_islands(&mut grid));
}
