#include <stdio.h>
#include <stdlib.h>

#define MAX_COUNT 150

static int compare_values(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

/* Values are kept in 64 bits: the sum of the two middle ones may not fit in 32. */
static double median(long long *values, int n) {
    qsort(values, n, sizeof values[0], compare_values);
    if (n % 2 == 1) return (double)values[n / 2];
    return (double)(values[n / 2 - 1] + values[n / 2]) / 2.0;
}

int main(void) {
    int n;
    long long values[MAX_COUNT];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    printf("%.6f\n", median(values, n));
    return 0;
}
