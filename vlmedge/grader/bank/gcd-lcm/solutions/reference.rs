use std::io::{self, Read};

/// Euclid's algorithm; gcd(a, 0) = a.
fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let remainder = a % b;
        a = b;
        b = remainder;
    }
    a
}

/// Divide before multiplying, so the intermediate value never exceeds the result.
fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<u64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let values = &numbers[1..=numbers[0] as usize];

    let mut common_divisor = values[0];
    let mut common_multiple = values[0];
    for &value in &values[1..] {
        common_divisor = gcd(common_divisor, value);
        common_multiple = lcm(common_multiple, value);
    }
    println!("{} {}", common_divisor, common_multiple);
}
