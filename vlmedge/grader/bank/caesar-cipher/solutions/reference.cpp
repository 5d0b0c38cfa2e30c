#include <iostream>
#include <string>

using namespace std;

const int ALPHABET_SIZE = 26;

char shift_letter(char letter, int shift) {
    if (letter >= 'a' && letter <= 'z') return static_cast<char>('a' + (letter - 'a' + shift) % ALPHABET_SIZE);
    if (letter >= 'A' && letter <= 'Z') return static_cast<char>('A' + (letter - 'A' + shift) % ALPHABET_SIZE);
    return letter;
}

string encrypt(string text, long long k) {
    // Reduce k to 0..25 first, so negative and huge shifts work too.
    int shift = static_cast<int>((k % ALPHABET_SIZE + ALPHABET_SIZE) % ALPHABET_SIZE);
    for (char& ch : text) ch = shift_letter(ch, shift);
    return text;
}

int main() {
    string first_line, text;
    if (!getline(cin, first_line)) return 0;
    long long k = stoll(first_line);
    getline(cin, text);
    if (!text.empty() && text.back() == '\r') text.pop_back();
    cout << encrypt(text, k) << '\n';
    return 0;
}
