use std::io::{self, Read};

fn merge_intervals(mut intervals: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    intervals.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::new();
    for (start, end) in intervals {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let count = numbers[0] as usize;
    let intervals: Vec<(i64, i64)> = (0..count)
        .map(|i| (numbers[1 + 2 * i], numbers[2 + 2 * i]))
        .collect();

    let merged = merge_intervals(intervals);
    let mut output = format!("{}\n", merged.len());
    for (start, end) in merged {
        output += &format!("{} {}\n", start, end);
    }
    print!("{}", output);
}
