use std::io::{self, Read};

/// F(90) needs 64 bits.
fn fibonacci(n: u32) -> u64 {
    let (mut previous, mut current) = (0u64, 1u64);
    for _ in 0..n {
        let next = previous + current;
        previous = current;
        current = next;
    }
    previous
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let n: u32 = input.trim().parse().unwrap();
    println!("{}", fibonacci(n));
}
