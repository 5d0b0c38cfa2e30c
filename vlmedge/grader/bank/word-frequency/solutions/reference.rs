use std::cmp::Reverse;
use std::collections::HashMap;
use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_whitespace();
    let count: usize = tokens.next().unwrap().parse().unwrap();

    let mut frequencies: HashMap<&str, usize> = HashMap::new();
    for word in tokens.take(count) {
        *frequencies.entry(word).or_insert(0) += 1;
    }

    // Largest count first; equal counts alphabetically (byte order).
    let mut entries: Vec<(&str, usize)> = frequencies.into_iter().collect();
    entries.sort_by_key(|&(word, times)| (Reverse(times), word));
    let mut output = String::new();
    for (word, times) in entries {
        output += &format!("{} {}\n", word, times);
    }
    print!("{}", output);
}
