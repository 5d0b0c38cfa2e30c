use std::io::{self, Read};

/// Values are kept in 64 bits: the sum of the two middle ones may not fit in 32.
fn median(values: &mut [i64]) -> f64 {
    values.sort_unstable();
    let middle = values.len() / 2;
    if values.len() % 2 == 1 {
        values[middle] as f64
    } else {
        (values[middle - 1] + values[middle]) as f64 / 2.0
    }
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let count = numbers[0] as usize;
    let mut values = numbers[1..=count].to_vec();
    println!("{:.6}", median(&mut values));
}
