#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>

using namespace std;

using Interval = pair<long long, long long>;

vector<Interval> merge_intervals(vector<Interval> intervals) {
    sort(intervals.begin(), intervals.end());
    vector<Interval> merged;
    for (const Interval& interval : intervals) {
        if (!merged.empty() && interval.first <= merged.back().second) {
            merged.back().second = max(merged.back().second, interval.second);
        } else {
            merged.push_back(interval);
        }
    }
    return merged;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    vector<Interval> intervals(n);
    for (Interval& interval : intervals) cin >> interval.first >> interval.second;

    vector<Interval> merged = merge_intervals(intervals);
    cout << merged.size() << '\n';
    for (const Interval& interval : merged) cout << interval.first << ' ' << interval.second << '\n';
    return 0;
}
