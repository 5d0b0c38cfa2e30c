use std::io::{self, Read};

/// Recursive descent over the bytes of the expression:
///   expression = term (('+' | '-') term)*
///   term       = factor ('*' factor)*
///   factor     = number | '(' expression ')'
struct Parser<'a> {
    text: &'a [u8],
    position: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            text: text.as_bytes(),
            position: 0,
        }
    }

    fn peek(&mut self) -> Option<u8> {
        while self.position < self.text.len() && self.text[self.position].is_ascii_whitespace() {
            self.position += 1;
        }
        self.text.get(self.position).copied()
    }

    fn expression(&mut self) -> i64 {
        let mut value = self.term();
        while let Some(operator @ (b'+' | b'-')) = self.peek() {
            self.position += 1;
            let operand = self.term();
            value = if operator == b'+' {
                value + operand
            } else {
                value - operand
            };
        }
        value
    }

    fn term(&mut self) -> i64 {
        let mut value = self.factor();
        while self.peek() == Some(b'*') {
            self.position += 1;
            value *= self.factor();
        }
        value
    }

    fn factor(&mut self) -> i64 {
        if self.peek() == Some(b'(') {
            self.position += 1;
            let value = self.expression();
            self.peek();
            self.position += 1; // the closing ')'
            return value;
        }
        self.number()
    }

    fn number(&mut self) -> i64 {
        let mut value = 0;
        while self.position < self.text.len() && self.text[self.position].is_ascii_digit() {
            value = value * 10 + (self.text[self.position] - b'0') as i64;
            self.position += 1;
        }
        value
    }
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let line = input.lines().next().unwrap_or("");
    println!("{}", Parser::new(line).expression());
}
