#include <stdio.h>

#define MAX_COUNT 100

/* Shoelace formula; coordinate products need 64 bits. */
static double polygon_area(const long long *xs, const long long *ys, int n) {
    long long twice_signed_area = 0;
    for (int i = 0; i < n; i++) {
        int next = (i + 1) % n;
        twice_signed_area += xs[i] * ys[next] - xs[next] * ys[i];
    }
    if (twice_signed_area < 0) twice_signed_area = -twice_signed_area;
    return twice_signed_area / 2.0;
}

int main(void) {
    int n;
    long long xs[MAX_COUNT], ys[MAX_COUNT];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%lld %lld", &xs[i], &ys[i]);
    printf("%.6f\n", polygon_area(xs, ys, n));
    return 0;
}
