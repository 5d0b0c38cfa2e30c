#include <stdio.h>
#include <stdlib.h>

#define MAX_COUNT 100

typedef struct {
    long long start, end;
} Interval;

static int compare_intervals(const void *a, const void *b) {
    const Interval *x = a, *y = b;
    if (x->start != y->start) return (x->start > y->start) - (x->start < y->start);
    return (x->end > y->end) - (x->end < y->end);
}

/* Merges in place; returns the number of merged intervals. */
static int merge_intervals(Interval *intervals, int n) {
    qsort(intervals, n, sizeof intervals[0], compare_intervals);
    int merged = 0;
    for (int i = 0; i < n; i++) {
        if (merged > 0 && intervals[i].start <= intervals[merged - 1].end) {
            if (intervals[i].end > intervals[merged - 1].end) intervals[merged - 1].end = intervals[i].end;
        } else {
            intervals[merged++] = intervals[i];
        }
    }
    return merged;
}

int main(void) {
    int n;
    Interval intervals[MAX_COUNT];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%lld %lld", &intervals[i].start, &intervals[i].end);
    int merged = merge_intervals(intervals, n);
    printf("%d\n", merged);
    for (int i = 0; i < merged; i++) printf("%lld %lld\n", intervals[i].start, intervals[i].end);
    return 0;
}
