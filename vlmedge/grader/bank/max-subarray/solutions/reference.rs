use std::io::{self, Read};

/// Kadane's algorithm: the best sum of a subarray ending at each position.
fn max_subarray(nums: &[i64]) -> i64 {
    let mut best = nums[0];
    let mut current = nums[0];
    for &value in &nums[1..] {
        current = value.max(current + value);
        best = best.max(current);
    }
    best
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let count = numbers[0] as usize;
    println!("{}", max_subarray(&numbers[1..=count]));
}
