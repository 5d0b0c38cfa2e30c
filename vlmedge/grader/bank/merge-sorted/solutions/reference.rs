use std::io::{self, Read};

fn merge(first: &[i64], second: &[i64]) -> Vec<i64> {
    let mut merged = Vec::with_capacity(first.len() + second.len());
    let (mut i, mut j) = (0, 0);
    while i < first.len() && j < second.len() {
        if first[i] <= second[j] {
            merged.push(first[i]);
            i += 1;
        } else {
            merged.push(second[j]);
            j += 1;
        }
    }
    merged.extend_from_slice(&first[i..]);
    merged.extend_from_slice(&second[j..]);
    merged
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let n = numbers[0] as usize;
    let first = &numbers[1..1 + n];
    let m = numbers[1 + n] as usize;
    let second = &numbers[2 + n..2 + n + m];

    let merged: Vec<String> = merge(first, second)
        .iter()
        .map(|value| value.to_string())
        .collect();
    println!("{}", merged.join(" "));
}
