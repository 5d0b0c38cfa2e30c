#include <iostream>

using namespace std;

// Exponentiation by squaring, reducing modulo `modulus` after every multiplication.
long long power_mod(long long base, long long exponent, long long modulus) {
    long long result = 1 % modulus;
    base %= modulus;
    while (exponent > 0) {
        if (exponent % 2 == 1) result = result * base % modulus;
        base = base * base % modulus;
        exponent /= 2;
    }
    return result;
}

int main() {
    long long base, exponent, modulus;
    if (!(cin >> base >> exponent >> modulus)) return 0;
    cout << power_mod(base, exponent, modulus) << '\n';
    return 0;
}
