use std::io::{self, Read};

fn first_unique_index(word: &str) -> Option<usize> {
    let mut counts = [0usize; 26];
    for letter in word.bytes() {
        counts[(letter - b'a') as usize] += 1;
    }
    word.bytes()
        .position(|letter| counts[(letter - b'a') as usize] == 1)
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    match first_unique_index(input.trim()) {
        Some(index) => println!("{}", index),
        None => println!("-1"),
    }
}
