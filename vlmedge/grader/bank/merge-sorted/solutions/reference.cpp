#include <iostream>
#include <vector>

using namespace std;

vector<long long> read_list() {
    int count = 0;
    cin >> count;
    vector<long long> values(count);
    for (long long& value : values) cin >> value;
    return values;
}

vector<long long> merge(const vector<long long>& first, const vector<long long>& second) {
    vector<long long> merged;
    merged.reserve(first.size() + second.size());
    size_t i = 0, j = 0;
    while (i < first.size() && j < second.size()) {
        if (first[i] <= second[j]) merged.push_back(first[i++]);
        else merged.push_back(second[j++]);
    }
    merged.insert(merged.end(), first.begin() + i, first.end());
    merged.insert(merged.end(), second.begin() + j, second.end());
    return merged;
}

int main() {
    vector<long long> first = read_list();
    vector<long long> second = read_list();
    vector<long long> merged = merge(first, second);
    for (size_t k = 0; k < merged.size(); k++) {
        if (k > 0) cout << ' ';
        cout << merged[k];
    }
    cout << '\n';
    return 0;
}
