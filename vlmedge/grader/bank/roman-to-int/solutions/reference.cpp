#include <iostream>
#include <map>
#include <string>

using namespace std;

const map<char, int> SYMBOL_VALUES = {
    {'I', 1}, {'V', 5}, {'X', 10}, {'L', 50}, {'C', 100}, {'D', 500}, {'M', 1000},
};

// A symbol followed by a larger one is subtracted, every other symbol is added.
int roman_to_int(const string& numeral) {
    int total = 0;
    for (size_t i = 0; i < numeral.size(); i++) {
        int value = SYMBOL_VALUES.at(numeral[i]);
        int next_value = i + 1 < numeral.size() ? SYMBOL_VALUES.at(numeral[i + 1]) : 0;
        total += value < next_value ? -value : value;
    }
    return total;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    for (int i = 0; i < n; i++) {
        string numeral;
        cin >> numeral;
        cout << roman_to_int(numeral) << '\n';
    }
    return 0;
}
