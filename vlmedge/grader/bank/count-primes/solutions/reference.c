#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sieve of Eratosthenes over 0..limit. */
static int count_primes(int limit) {
    if (limit < 2) return 0;
    char *is_prime = malloc((size_t)limit + 1);
    if (!is_prime) return -1;
    memset(is_prime, 1, (size_t)limit + 1);
    is_prime[0] = is_prime[1] = 0;
    for (long long factor = 2; factor * factor <= limit; factor++) {
        if (!is_prime[factor]) continue;
        for (long long multiple = factor * factor; multiple <= limit; multiple += factor) is_prime[multiple] = 0;
    }
    int count = 0;
    for (int i = 2; i <= limit; i++) count += is_prime[i];
    free(is_prime);
    return count;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    printf("%d\n", count_primes(n));
    return 0;
}
