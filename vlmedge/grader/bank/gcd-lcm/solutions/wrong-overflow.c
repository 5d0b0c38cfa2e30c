#include <stdio.h>

long long gcd(long long a, long long b) {
    while (b != 0) {
        long long r = a % b;
        a = b;
        b = r;
    }
    return a;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long g = 0, l = 1;
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        g = gcd(g, x);
        l = l * x / gcd(l, x);
    }
    printf("%lld %lld\n", g, l);
    return 0;
}
