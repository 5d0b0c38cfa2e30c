#include <algorithm>
#include <iostream>
#include <string>

using namespace std;

const string DIGITS = "0123456789ABCDEF";

string to_base(long long number, int base) {
    if (number == 0) return "0";
    bool negative = number < 0;
    if (negative) number = -number;
    string digits;
    while (number > 0) {
        digits += DIGITS[number % base];
        number /= base;
    }
    if (negative) digits += '-';
    reverse(digits.begin(), digits.end());
    return digits;
}

int main() {
    long long number;
    int base;
    if (!(cin >> number >> base)) return 0;
    cout << to_base(number, base) << '\n';
    return 0;
}
