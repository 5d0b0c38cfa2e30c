#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

using namespace std;

vector<vector<string>> group_anagrams(const vector<string>& words) {
    map<string, vector<string>> groups_by_letters;
    for (const string& word : words) {
        string key = word;
        sort(key.begin(), key.end());
        groups_by_letters[key].push_back(word);
    }
    vector<vector<string>> groups;
    for (auto& entry : groups_by_letters) {
        vector<string> group = entry.second;
        sort(group.begin(), group.end());
        groups.push_back(group);
    }
    sort(groups.begin(), groups.end(),
         [](const vector<string>& a, const vector<string>& b) { return a.front() < b.front(); });
    return groups;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    vector<string> words(n);
    for (string& word : words) cin >> word;

    vector<vector<string>> groups = group_anagrams(words);
    cout << groups.size() << '\n';
    for (const vector<string>& group : groups) {
        cout << group.size();
        for (const string& word : group) cout << ' ' << word;
        cout << '\n';
    }
    return 0;
}
