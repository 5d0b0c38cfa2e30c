#include <iostream>
#include <string>

using namespace std;

string encode(const string& word) {
    string encoded;
    size_t i = 0;
    while (i < word.size()) {
        size_t run_end = i;
        while (run_end < word.size() && word[run_end] == word[i]) run_end++;
        encoded += word[i];
        encoded += to_string(run_end - i);
        i = run_end;
    }
    return encoded;
}

int main() {
    string word;
    if (!(cin >> word)) return 0;
    cout << encode(word) << '\n';
    return 0;
}
