use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let count = numbers[0] as usize;
    let steps = numbers[1] as usize;
    let mut values = numbers[2..2 + count].to_vec();

    values.rotate_right(steps % count);
    let words: Vec<String> = values.iter().map(|value| value.to_string()).collect();
    println!("{}", words.join(" "));
}
