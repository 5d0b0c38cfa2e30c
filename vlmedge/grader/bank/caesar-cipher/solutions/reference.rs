use std::io::{self, Read};

const ALPHABET_SIZE: i64 = 26;

fn shift_letter(letter: char, shift: i64) -> char {
    let base = if letter.is_ascii_lowercase() {
        b'a'
    } else if letter.is_ascii_uppercase() {
        b'A'
    } else {
        return letter;
    };
    let offset = (letter as u8 - base) as i64;
    (base + ((offset + shift) % ALPHABET_SIZE) as u8) as char
}

fn encrypt(text: &str, k: i64) -> String {
    // rem_euclid reduces k to 0..25, so negative and huge shifts work too.
    let shift = k.rem_euclid(ALPHABET_SIZE);
    text.chars().map(|ch| shift_letter(ch, shift)).collect()
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let k: i64 = lines.next().unwrap().trim().parse().unwrap();
    let text = lines.next().unwrap_or("").trim_end_matches('\r');
    println!("{}", encrypt(text, k));
}
