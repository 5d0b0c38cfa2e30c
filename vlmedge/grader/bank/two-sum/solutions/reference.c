#include <stdio.h>

#define MAX_COUNT 200

/* Scanning j in increasing order, then i in increasing order, finds the pair with the smallest j,
   and among those the smallest i. Sums are computed in 64 bits. */
static int find_pair(const long long *values, int n, long long target, int *first, int *second) {
    for (int j = 1; j < n; j++) {
        for (int i = 0; i < j; i++) {
            if (values[i] + values[j] == target) {
                *first = i;
                *second = j;
                return 1;
            }
        }
    }
    return 0;
}

int main(void) {
    int n, first = -1, second = -1;
    long long target, values[MAX_COUNT];
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    find_pair(values, n, target, &first, &second);
    printf("%d %d\n", first, second);
    return 0;
}
