#include <stdio.h>

#define MAX_COUNT 300

int main(void) {
    int n;
    long long steps, values[MAX_COUNT];
    if (scanf("%d %lld", &n, &steps) != 2) return 0;
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);

    /* After k steps right, the output starts at the element k places from the end. */
    int shift = (int)(steps % n);
    int start = (n - shift) % n;
    for (int i = 0; i < n; i++) printf(i == 0 ? "%lld" : " %lld", values[(start + i) % n]);
    printf("\n");
    return 0;
}
