#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>

using namespace std;

class SubsetSearch {
public:
    explicit SubsetSearch(vector<int> values) : values_(move(values)) {
        sort(values_.begin(), values_.end());
    }

    vector<vector<int>> find(int target) {
        found_.clear();
        search(0, target);
        return found_;
    }

private:
    vector<int> values_;
    vector<int> chosen_;
    vector<vector<int>> found_;

    // Each value is either taken or skipped; the values are sorted, so every subset comes out increasing
    // and the search can stop as soon as the next value is larger than what remains.
    void search(size_t index, int remaining) {
        if (remaining == 0) {
            found_.push_back(chosen_);
            return;
        }
        if (index == values_.size() || values_[index] > remaining) return;
        chosen_.push_back(values_[index]);
        search(index + 1, remaining - values_[index]);
        chosen_.pop_back();
        search(index + 1, remaining);
    }
};

int main() {
    int n, target;
    if (!(cin >> n >> target)) return 0;
    vector<int> values(n);
    for (int& value : values) cin >> value;

    vector<vector<int>> subsets = SubsetSearch(values).find(target);
    if (subsets.empty()) cout << "NONE\n";
    for (const vector<int>& subset : subsets) {
        for (size_t i = 0; i < subset.size(); i++) {
            if (i > 0) cout << ' ';
            cout << subset[i];
        }
        cout << '\n';
    }
    return 0;
}
