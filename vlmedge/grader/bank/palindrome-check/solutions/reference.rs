use std::io::{self, Read};

fn is_palindrome(word: &str) -> bool {
    let lowered: Vec<char> = word.chars().map(|ch| ch.to_ascii_lowercase()).collect();
    lowered.iter().eq(lowered.iter().rev())
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_whitespace();
    let count: usize = tokens.next().unwrap().parse().unwrap();
    for word in tokens.take(count) {
        println!("{}", if is_palindrome(word) { "YES" } else { "NO" });
    }
}
