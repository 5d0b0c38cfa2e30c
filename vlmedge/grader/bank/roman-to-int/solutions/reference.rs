use std::io::{self, Read};

fn symbol_value(symbol: u8) -> i32 {
    match symbol {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        b'D' => 500,
        b'M' => 1000,
        _ => panic!("not a Roman symbol: {}", symbol as char),
    }
}

/// A symbol followed by a larger one is subtracted, every other symbol is added.
fn roman_to_int(numeral: &str) -> i32 {
    let values: Vec<i32> = numeral.bytes().map(symbol_value).collect();
    let mut total = 0;
    for (position, &value) in values.iter().enumerate() {
        let next_value = values.get(position + 1).copied().unwrap_or(0);
        total += if value < next_value { -value } else { value };
    }
    total
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_whitespace();
    let count: usize = tokens.next().unwrap().parse().unwrap();
    for numeral in tokens.take(count) {
        println!("{}", roman_to_int(numeral));
    }
}
