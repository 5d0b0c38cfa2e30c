#include <algorithm>
#include <iomanip>
#include <iostream>
#include <vector>

using namespace std;

// Values are kept in 64 bits: the sum of the two middle ones may not fit in 32.
double median(vector<long long> values) {
    sort(values.begin(), values.end());
    size_t middle = values.size() / 2;
    if (values.size() % 2 == 1) return static_cast<double>(values[middle]);
    return static_cast<double>(values[middle - 1] + values[middle]) / 2.0;
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    vector<long long> values(n);
    for (long long& value : values) cin >> value;
    cout << fixed << setprecision(6) << median(values) << '\n';
    return 0;
}
