use std::io::{self, Read};

/// Shoelace formula; coordinate products need 64 bits.
fn polygon_area(points: &[(i64, i64)]) -> f64 {
    let mut twice_signed_area: i64 = 0;
    for (index, &(x1, y1)) in points.iter().enumerate() {
        let (x2, y2) = points[(index + 1) % points.len()];
        twice_signed_area += x1 * y2 - x2 * y1;
    }
    twice_signed_area.abs() as f64 / 2.0
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let numbers: Vec<i64> = input
        .split_whitespace()
        .map(|token| token.parse().unwrap())
        .collect();
    let count = numbers[0] as usize;
    let points: Vec<(i64, i64)> = (0..count)
        .map(|i| (numbers[1 + 2 * i], numbers[2 + 2 * i]))
        .collect();
    println!("{:.6}", polygon_area(&points));
}
