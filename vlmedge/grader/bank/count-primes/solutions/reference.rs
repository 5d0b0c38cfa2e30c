use std::io::{self, Read};

/// Sieve of Eratosthenes over 0..=limit.
fn count_primes(limit: usize) -> usize {
    if limit < 2 {
        return 0;
    }
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut factor = 2;
    while factor * factor <= limit {
        if is_prime[factor] {
            for multiple in (factor * factor..=limit).step_by(factor) {
                is_prime[multiple] = false;
            }
        }
        factor += 1;
    }
    is_prime.iter().filter(|&&prime| prime).count()
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let limit: usize = input.trim().parse().unwrap();
    println!("{}", count_primes(limit));
}
