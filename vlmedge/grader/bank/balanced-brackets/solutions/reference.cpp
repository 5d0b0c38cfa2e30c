#include <iostream>
#include <stack>
#include <string>

using namespace std;

char opener_for(char closer) {
    switch (closer) {
        case ')': return '(';
        case ']': return '[';
        default: return '{';
    }
}

bool is_balanced(const string& brackets) {
    stack<char> open;
    for (char bracket : brackets) {
        if (bracket == '(' || bracket == '[' || bracket == '{') {
            open.push(bracket);
        } else {
            if (open.empty() || open.top() != opener_for(bracket)) return false;
            open.pop();
        }
    }
    return open.empty();
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    for (int i = 0; i < n; i++) {
        string brackets;
        cin >> brackets;
        cout << (is_balanced(brackets) ? "YES" : "NO") << '\n';
    }
    return 0;
}
