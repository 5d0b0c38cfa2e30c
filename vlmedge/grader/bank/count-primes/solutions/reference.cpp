#include <iostream>
#include <vector>

using namespace std;

// Sieve of Eratosthenes over 0..limit.
int count_primes(int limit) {
    if (limit < 2) return 0;
    vector<bool> is_prime(limit + 1, true);
    is_prime[0] = is_prime[1] = false;
    for (long long factor = 2; factor * factor <= limit; factor++) {
        if (!is_prime[factor]) continue;
        for (long long multiple = factor * factor; multiple <= limit; multiple += factor) is_prime[multiple] = false;
    }
    int count = 0;
    for (int i = 2; i <= limit; i++) {
        if (is_prime[i]) count++;
    }
    return count;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    cout << count_primes(n) << '\n';
    return 0;
}
