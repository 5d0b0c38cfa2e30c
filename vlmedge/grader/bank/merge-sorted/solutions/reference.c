#include <stdio.h>

#define MAX_COUNT 150

static int read_list(long long *values) {
    int count;
    if (scanf("%d", &count) != 1) return 0;
    for (int i = 0; i < count; i++) scanf("%lld", &values[i]);
    return count;
}

/* Writes the merge of first[0..n) and second[0..m) into merged. */
static void merge(const long long *first, int n, const long long *second, int m, long long *merged) {
    int i = 0, j = 0, k = 0;
    while (i < n && j < m) {
        if (first[i] <= second[j]) merged[k++] = first[i++];
        else merged[k++] = second[j++];
    }
    while (i < n) merged[k++] = first[i++];
    while (j < m) merged[k++] = second[j++];
}

int main(void) {
    long long first[MAX_COUNT], second[MAX_COUNT], merged[2 * MAX_COUNT];
    int n = read_list(first);
    int m = read_list(second);
    merge(first, n, second, m, merged);
    for (int k = 0; k < n + m; k++) printf(k == 0 ? "%lld" : " %lld", merged[k]);
    printf("\n");
    return 0;
}
