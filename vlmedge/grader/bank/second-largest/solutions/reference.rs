use std::collections::BTreeSet;
use std::io::{self, Read};

/// The largest value strictly below the maximum, if there is one.
fn second_largest(values: &[i64]) -> Option<i64> {
    let distinct: BTreeSet<i64> = values.iter().copied().collect();
    distinct.iter().rev().nth(1).copied()
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let count = numbers[0] as usize;
    match second_largest(&numbers[1..=count]) {
        Some(value) => println!("{}", value),
        None => println!("NONE"),
    }
}
