use std::collections::HashMap;
use std::io::{self, Read};

/// For each j, look up the first earlier position holding target - a_j: that gives the smallest j,
/// and among those the smallest i. Values are 64-bit, so target - a_j cannot overflow.
fn find_pair(values: &[i64], target: i64) -> Option<(usize, usize)> {
    let mut first_position: HashMap<i64, usize> = HashMap::new();
    for (j, &value) in values.iter().enumerate() {
        if let Some(&i) = first_position.get(&(target - value)) {
            return Some((i, j));
        }
        first_position.entry(value).or_insert(j);
    }
    None
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let count = numbers[0] as usize;
    let target = numbers[1];
    match find_pair(&numbers[2..2 + count], target) {
        Some((i, j)) => println!("{} {}", i, j),
        None => println!("-1 -1"),
    }
}
