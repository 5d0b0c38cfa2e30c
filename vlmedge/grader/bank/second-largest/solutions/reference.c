#include <stdio.h>

#define MAX_COUNT 300

/* Stores the largest value strictly below the maximum in *answer; returns 0 if there is none. */
static int second_largest(const long long *values, int n, long long *answer) {
    long long largest = values[0], second = 0;
    int has_second = 0;
    for (int i = 1; i < n; i++) {
        if (values[i] > largest) {
            second = largest;
            has_second = 1;
            largest = values[i];
        } else if (values[i] < largest && (!has_second || values[i] > second)) {
            second = values[i];
            has_second = 1;
        }
    }
    *answer = second;
    return has_second;
}

int main(void) {
    int n;
    long long values[MAX_COUNT], answer;
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%lld", &values[i]);
    if (second_largest(values, n, &answer)) printf("%lld\n", answer);
    else printf("NONE\n");
    return 0;
}
