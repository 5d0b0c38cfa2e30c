#include <iostream>
#include <optional>
#include <set>

using namespace std;

// The largest value strictly below the maximum, if there is one.
optional<long long> second_largest(const set<long long>& distinct) {
    if (distinct.size() < 2) return nullopt;
    return *next(distinct.rbegin());
}

int main() {
    int n;
    if (!(cin >> n)) return 0;
    set<long long> distinct;
    for (int i = 0; i < n; i++) {
        long long value;
        cin >> value;
        distinct.insert(value);
    }
    optional<long long> answer = second_largest(distinct);
    if (answer) cout << *answer << '\n';
    else cout << "NONE\n";
    return 0;
}
