#include <stdio.h>

/* Euclid's algorithm; gcd(a, 0) = a. */
long long gcd(long long a, long long b) {
    while (b != 0) {
        long long remainder = a % b;
        a = b;
        b = remainder;
    }
    return a;
}

/* Divide before multiplying, so the intermediate value never exceeds the result. */
static long long lcm(long long a, long long b) {
    return a / gcd(a, b) * b;
}

int main(void) {
    int n;
    long long value;
    if (scanf("%d", &n) != 1 || scanf("%lld", &value) != 1) return 0;
    long long common_divisor = value, common_multiple = value;
    for (int i = 1; i < n; i++) {
        scanf("%lld", &value);
        common_divisor = gcd(common_divisor, value);
        common_multiple = lcm(common_multiple, value);
    }
    printf("%lld %lld\n", common_divisor, common_multiple);
    return 0;
}
