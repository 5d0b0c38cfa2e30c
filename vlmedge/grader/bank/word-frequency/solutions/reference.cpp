#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace std;

int main() {
    int n;
    if (!(cin >> n)) return 0;
    map<string, int> counts;
    for (int i = 0; i < n; i++) {
        string word;
        cin >> word;
        counts[word]++;
    }

    // Largest count first; equal counts alphabetically.
    vector<pair<string, int>> entries(counts.begin(), counts.end());
    stable_sort(entries.begin(), entries.end(),
                [](const pair<string, int>& a, const pair<string, int>& b) { return a.second > b.second; });
    for (const auto& entry : entries) cout << entry.first << ' ' << entry.second << '\n';
    return 0;
}
