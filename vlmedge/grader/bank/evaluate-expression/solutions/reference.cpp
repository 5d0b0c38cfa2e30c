#include <cctype>
#include <iostream>
#include <string>
#include <utility>

using namespace std;

// Recursive descent:
//   expression = term (('+' | '-') term)*
//   term       = factor ('*' factor)*
//   factor     = number | '(' expression ')'
class Parser {
public:
    explicit Parser(string text) : text_(move(text)) {}

    long long expression() {
        long long value = term();
        for (char op = peek(); op == '+' || op == '-'; op = peek()) {
            position_++;
            long long operand = term();
            value = op == '+' ? value + operand : value - operand;
        }
        return value;
    }

private:
    string text_;
    size_t position_ = 0;

    char peek() {
        while (position_ < text_.size() && isspace(static_cast<unsigned char>(text_[position_]))) position_++;
        return position_ < text_.size() ? text_[position_] : '\0';
    }

    long long term() {
        long long value = factor();
        while (peek() == '*') {
            position_++;
            value *= factor();
        }
        return value;
    }

    long long factor() {
        if (peek() == '(') {
            position_++;
            long long value = expression();
            peek();
            position_++;  // the closing ')'
            return value;
        }
        return number();
    }

    long long number() {
        long long value = 0;
        while (position_ < text_.size() && isdigit(static_cast<unsigned char>(text_[position_]))) {
            value = value * 10 + (text_[position_] - '0');
            position_++;
        }
        return value;
    }
};

int main() {
    string line;
    getline(cin, line);
    cout << Parser(line).expression() << '\n';
    return 0;
}
