use std::io::{self, Read};

/// Row `row` (1-based) of the top half of a diamond of size `size`.
fn diamond_row(size: usize, row: usize) -> String {
    let indent = " ".repeat(size - row);
    if row == 1 {
        format!("{}*", indent)
    } else {
        format!("{}*{}*", indent, " ".repeat(2 * row - 3))
    }
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let size: usize = input.trim().parse().unwrap();
    let top: Vec<String> = (1..=size).map(|row| diamond_row(size, row)).collect();
    let bottom = top.iter().rev().skip(1);
    for line in top.iter().chain(bottom) {
        println!("{}", line);
    }
}
