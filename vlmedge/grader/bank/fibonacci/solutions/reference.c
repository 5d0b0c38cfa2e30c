#include <stdio.h>

/* F(90) needs 64 bits, so the sums are kept in long long. */
static long long fibonacci(int n) {
    long long previous = 0, current = 1;
    for (int i = 0; i < n; i++) {
        long long next = previous + current;
        previous = current;
        current = next;
    }
    return previous;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    printf("%lld\n", fibonacci(n));
    return 0;
}
