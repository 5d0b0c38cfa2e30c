use std::io::{self, Read};

/// Exponentiation by squaring, reducing modulo `modulus` after every multiplication.
fn power_mod(base: u64, mut exponent: u64, modulus: u64) -> u64 {
    let mut result = 1 % modulus;
    let mut square = base % modulus;
    while exponent > 0 {
        if exponent % 2 == 1 {
            result = result * square % modulus;
        }
        square = square * square % modulus;
        exponent /= 2;
    }
    result
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<u64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    println!("{}", power_mod(numbers[0], numbers[1], numbers[2]));
}
