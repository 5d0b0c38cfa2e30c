use std::io::{self, Read};

fn opener_for(closer: char) -> char {
    match closer {
        ')' => '(',
        ']' => '[',
        _ => '{',
    }
}

fn is_balanced(brackets: &str) -> bool {
    let mut stack: Vec<char> = Vec::new();
    for bracket in brackets.chars() {
        if matches!(bracket, '(' | '[' | '{') {
            stack.push(bracket);
        } else if stack.pop() != Some(opener_for(bracket)) {
            return false;
        }
    }
    stack.is_empty()
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_whitespace();
    let count: usize = tokens.next().unwrap().parse().unwrap();
    for brackets in tokens.take(count) {
        println!("{}", if is_balanced(brackets) { "YES" } else { "NO" });
    }
}
