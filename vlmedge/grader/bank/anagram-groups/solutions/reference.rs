use std::collections::HashMap;
use std::io::{self, Read};

fn letters_key(word: &str) -> String {
    let mut letters: Vec<char> = word.chars().collect();
    letters.sort_unstable();
    letters.into_iter().collect()
}

fn group_anagrams(words: &[String]) -> Vec<Vec<String>> {
    let mut groups_by_letters: HashMap<String, Vec<String>> = HashMap::new();
    for word in words {
        groups_by_letters
            .entry(letters_key(word))
            .or_default()
            .push(word.clone());
    }
    let mut groups: Vec<Vec<String>> = groups_by_letters.into_values().collect();
    for group in groups.iter_mut() {
        group.sort();
    }
    groups.sort_by(|a, b| a[0].cmp(&b[0]));
    groups
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_whitespace();
    let count: usize = tokens.next().unwrap().parse().unwrap();
    let words: Vec<String> = tokens.take(count).map(String::from).collect();

    let groups = group_anagrams(&words);
    let mut output = format!("{}\n", groups.len());
    for group in &groups {
        output += &format!("{} {}\n", group.len(), group.join(" "));
    }
    print!("{}", output);
}
