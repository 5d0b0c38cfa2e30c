use std::cmp::Reverse;
use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_whitespace();
    let count: usize = tokens.next().unwrap().parse().unwrap();
    let mut students: Vec<(&str, u32)> = (0..count)
        .map(|_| {
            (
                tokens.next().unwrap(),
                tokens.next().unwrap().parse().unwrap(),
            )
        })
        .collect();

    // Highest score first; equal scores alphabetically by name.
    students.sort_by_key(|&(name, score)| (Reverse(score), name));

    let mut output = String::new();
    let mut rank = 0;
    for (position, &(name, score)) in students.iter().enumerate() {
        if position == 0 || score != students[position - 1].1 {
            rank = position + 1;
        }
        output += &format!("{} {} {}\n", rank, name, score);
    }
    print!("{}", output);
}
