#include <algorithm>
#include <iostream>
#include <vector>

using namespace std;

void rotate_right(vector<long long>& values, long long steps) {
    size_t shift = steps % values.size();
    rotate(values.begin(), values.end() - shift, values.end());
}

int main() {
    int n;
    long long steps;
    if (!(cin >> n >> steps)) return 0;
    vector<long long> values(n);
    for (long long& value : values) cin >> value;
    rotate_right(values, steps);
    for (size_t i = 0; i < values.size(); i++) {
        if (i > 0) cout << ' ';
        cout << values[i];
    }
    cout << '\n';
    return 0;
}
