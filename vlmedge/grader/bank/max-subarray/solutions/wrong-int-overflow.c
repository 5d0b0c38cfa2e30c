#include <stdio.h>

long long max_subarray(const long long *nums, int n) {
    int best = nums[0];
    int current = nums[0];
    for (int i = 1; i < n; i++) {
        int value = nums[i];
        current = current + value > value ? current + value : value;
        if (current > best) best = current;
    }
    return best;
}

int main(void) {
    int n;
    long long nums[200];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%lld", &nums[i]);
    printf("%lld\n", max_subarray(nums, n));
    return 0;
}
