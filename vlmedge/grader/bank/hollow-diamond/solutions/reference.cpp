#include <iostream>
#include <string>
#include <vector>

using namespace std;

// Row `row` (1-based) of the top half of a diamond of size `size`.
string diamond_row(int size, int row) {
    string line(size - row, ' ');
    line += '*';
    if (row > 1) line += string(2 * row - 3, ' ') + '*';
    return line;
}

int main() {
    int size;
    if (!(cin >> size)) return 0;
    for (int row = 1; row <= size; row++) cout << diamond_row(size, row) << '\n';
    for (int row = size - 1; row >= 1; row--) cout << diamond_row(size, row) << '\n';
    return 0;
}
