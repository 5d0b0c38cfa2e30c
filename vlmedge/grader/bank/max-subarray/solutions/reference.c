#include <stdio.h>

#define MAX_COUNT 200

/* Kadane's algorithm: the best sum of a subarray ending at each position. */
long long max_subarray(const long long *nums, int n) {
    long long best = nums[0], current = nums[0];
    for (int i = 1; i < n; i++) {
        current = current > 0 ? current + nums[i] : nums[i];
        if (current > best) best = current;
    }
    return best;
}

int main(void) {
    int n;
    long long nums[MAX_COUNT];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%lld", &nums[i]);
    printf("%lld\n", max_subarray(nums, n));
    return 0;
}
