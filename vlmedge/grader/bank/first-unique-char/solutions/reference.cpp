#include <array>
#include <iostream>
#include <string>

using namespace std;

int first_unique_index(const string& word) {
    array<int, 26> counts{};
    for (char letter : word) counts[letter - 'a']++;
    for (size_t i = 0; i < word.size(); i++) {
        if (counts[word[i] - 'a'] == 1) return static_cast<int>(i);
    }
    return -1;
}

int main() {
    string word;
    if (!(cin >> word)) return 0;
    cout << first_unique_index(word) << '\n';
    return 0;
}
