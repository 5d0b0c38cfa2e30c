use std::io::{self, Read};

fn encode(word: &str) -> String {
    let letters: Vec<char> = word.chars().collect();
    let mut encoded = String::new();
    let mut start = 0;
    while start < letters.len() {
        let mut end = start;
        while end < letters.len() && letters[end] == letters[start] {
            end += 1;
        }
        encoded.push(letters[start]);
        encoded += &(end - start).to_string();
        start = end;
    }
    encoded
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    println!("{}", encode(input.trim()));
}
