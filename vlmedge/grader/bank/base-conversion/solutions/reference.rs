use std::io::{self, Read};

const DIGITS: &[u8] = b"0123456789ABCDEF";

fn to_base(number: i64, base: i64) -> String {
    if number == 0 {
        return "0".to_string();
    }
    let mut remaining = number.abs();
    let mut digits: Vec<char> = Vec::new();
    while remaining > 0 {
        digits.push(DIGITS[(remaining % base) as usize] as char);
        remaining /= base;
    }
    if number < 0 {
        digits.push('-');
    }
    digits.iter().rev().collect()
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    println!("{}", to_base(numbers[0], numbers[1]));
}
