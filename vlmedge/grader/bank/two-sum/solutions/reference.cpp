#include <iostream>
#include <unordered_map>
#include <utility>
#include <vector>

using namespace std;

// For each j, look up the first earlier position holding target - a_j: that gives the smallest j,
// and among those the smallest i. Values are 64-bit, so target - a_j cannot overflow.
pair<int, int> find_pair(const vector<long long>& values, long long target) {
    unordered_map<long long, int> first_position;
    for (int j = 0; j < static_cast<int>(values.size()); j++) {
        auto match = first_position.find(target - values[j]);
        if (match != first_position.end()) return {match->second, j};
        first_position.insert({values[j], j});  // keeps the earliest position of each value
    }
    return {-1, -1};
}

int main() {
    int n;
    long long target;
    if (!(cin >> n >> target)) return 0;
    vector<long long> values(n);
    for (long long& value : values) cin >> value;
    pair<int, int> answer = find_pair(values, target);
    cout << answer.first << ' ' << answer.second << '\n';
    return 0;
}
