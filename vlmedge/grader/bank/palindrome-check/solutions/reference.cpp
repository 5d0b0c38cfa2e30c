#include <cctype>
#include <iostream>
#include <string>

using namespace std;

bool is_palindrome(const string& word) {
    size_t length = word.size();
    for (size_t i = 0; i < length / 2; i++) {
        if (tolower(static_cast<unsigned char>(word[i])) != tolower(static_cast<unsigned char>(word[length - 1 - i]))) {
            return false;
        }
    }
    return true;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    for (int i = 0; i < n; i++) {
        string word;
        cin >> word;
        cout << (is_palindrome(word) ? "YES" : "NO") << '\n';
    }
    return 0;
}
