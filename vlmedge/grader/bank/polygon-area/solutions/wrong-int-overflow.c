#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    int x[100], y[100];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%d %d", &x[i], &y[i]);
    long long twice_area = 0;
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        twice_area += x[i] * y[j] - x[j] * y[i];
    }
    printf("%.6f\n", llabs(twice_area) / 2.0);
    return 0;
}
