#include <iostream>

using namespace std;

// Euclid's algorithm; gcd(a, 0) = a.
long long gcd(long long a, long long b) {
    while (b != 0) {
        long long remainder = a % b;
        a = b;
        b = remainder;
    }
    return a;
}

// Divide before multiplying, so the intermediate value never exceeds the result.
long long lcm(long long a, long long b) {
    return a / gcd(a, b) * b;
}

int main() {
    int n;
    long long value;
    if (!(cin >> n >> value)) return 0;
    long long common_divisor = value, common_multiple = value;
    for (int i = 1; i < n; i++) {
        cin >> value;
        common_divisor = gcd(common_divisor, value);
        common_multiple = lcm(common_multiple, value);
    }
    cout << common_divisor << ' ' << common_multiple << '\n';
    return 0;
}
