use std::io::{self, Read};

/// Moves `disks` disks from `source` to `target`, recording every move.
fn hanoi(disks: u32, source: u32, target: u32, spare: u32, moves: &mut Vec<(u32, u32)>) {
    if disks == 0 {
        return;
    }
    hanoi(disks - 1, source, spare, target, moves);
    moves.push((source, target));
    hanoi(disks - 1, spare, target, source, moves);
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let disks: u32 = input.trim().parse().unwrap();

    let mut moves = Vec::new();
    hanoi(disks, 1, 3, 2, &mut moves);
    let mut output = format!("{}\n", moves.len());
    for (source, target) in moves {
        output += &format!("{} {}\n", source, target);
    }
    print!("{}", output);
}
