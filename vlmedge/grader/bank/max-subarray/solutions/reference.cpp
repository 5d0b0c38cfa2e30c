#include <algorithm>
#include <iostream>
#include <vector>

using namespace std;

// Kadane's algorithm: the best sum of a subarray ending at each position.
long long max_subarray(const vector<long long>& nums) {
    long long best = nums[0], current = nums[0];
    for (size_t i = 1; i < nums.size(); i++) {
        current = max(nums[i], current + nums[i]);
        best = max(best, current);
    }
    return best;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    vector<long long> nums(n);
    for (long long& value : nums) cin >> value;
    cout << max_subarray(nums) << '\n';
    return 0;
}
