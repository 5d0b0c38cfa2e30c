use std::io::{self, Read};

/// Each value is either taken or skipped; the values are sorted, so every subset comes out increasing
/// and the search can stop as soon as the next value is larger than what remains.
fn search(
    values: &[u32],
    index: usize,
    remaining: u32,
    chosen: &mut Vec<u32>,
    found: &mut Vec<Vec<u32>>,
) {
    if remaining == 0 {
        found.push(chosen.clone());
        return;
    }
    if index == values.len() || values[index] > remaining {
        return;
    }
    chosen.push(values[index]);
    search(values, index + 1, remaining - values[index], chosen, found);
    chosen.pop();
    search(values, index + 1, remaining, chosen, found);
}

fn subsets_with_sum(mut values: Vec<u32>, target: u32) -> Vec<Vec<u32>> {
    values.sort_unstable();
    let mut found = Vec::new();
    search(&values, 0, target, &mut Vec::new(), &mut found);
    found
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<u32> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let count = numbers[0] as usize;
    let target = numbers[1];

    let subsets = subsets_with_sum(numbers[2..2 + count].to_vec(), target);
    if subsets.is_empty() {
        println!("NONE");
    }
    for subset in subsets {
        let words: Vec<String> = subset.iter().map(|value| value.to_string()).collect();
        println!("{}", words.join(" "));
    }
}
