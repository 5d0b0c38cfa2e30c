#include <cstdint>
#include <iostream>

using namespace std;

// F(90) needs 64 bits.
int64_t fibonacci(int n) {
    int64_t previous = 0, current = 1;
    for (int i = 0; i < n; i++) {
        int64_t next = previous + current;
        previous = current;
        current = next;
    }
    return previous;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    cout << fibonacci(n) << '\n';
    return 0;
}
