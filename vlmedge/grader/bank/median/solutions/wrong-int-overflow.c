#include <stdio.h>
#include <stdlib.h>

static int compare(const void *a, const void *b) {
    int x = *(const int *)a;
    int y = *(const int *)b;
    return (x > y) - (x < y);
}

int main(void) {
    int n;
    int values[150];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%d", &values[i]);
    qsort(values, n, sizeof values[0], compare);
    double median;
    if (n % 2 == 1) {
        median = values[n / 2];
    } else {
        median = (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }
    printf("%.6f\n", median);
    return 0;
}
