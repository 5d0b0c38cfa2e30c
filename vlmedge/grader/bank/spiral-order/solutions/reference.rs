use std::io::{self, Read};

fn spiral(matrix: &[Vec<i32>]) -> Vec<i32> {
    let mut order = Vec::new();
    // Signed bounds: `bottom` and `right` may step below zero when the last ring closes.
    let (mut top, mut bottom) = (0i32, matrix.len() as i32 - 1);
    let (mut left, mut right) = (0i32, matrix[0].len() as i32 - 1);
    let at = |row: i32, col: i32| matrix[row as usize][col as usize];
    while top <= bottom && left <= right {
        order.extend((left..=right).map(|col| at(top, col)));
        order.extend((top + 1..=bottom).map(|row| at(row, right)));
        if top < bottom {
            order.extend((left..right).rev().map(|col| at(bottom, col)));
        }
        if left < right {
            order.extend((top + 1..bottom).rev().map(|row| at(row, left)));
        }
        top += 1;
        bottom -= 1;
        left += 1;
        right -= 1;
    }
    order
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i32> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let rows = numbers[0] as usize;
    let cols = numbers[1] as usize;
    let matrix: Vec<Vec<i32>> = numbers[2..2 + rows * cols]
        .chunks(cols)
        .map(|row| row.to_vec())
        .collect();

    let order: Vec<String> = spiral(&matrix)
        .iter()
        .map(|value| value.to_string())
        .collect();
    println!("{}", order.join(" "));
}
