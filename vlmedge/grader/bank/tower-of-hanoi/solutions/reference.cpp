#include <iostream>
#include <utility>
#include <vector>

using namespace std;

using Move = pair<int, int>;

// Moves `disks` disks from `source` to `target`, recording every move.
void hanoi(int disks, int source, int target, int spare, vector<Move>& moves) {
    if (disks == 0) return;
    hanoi(disks - 1, source, spare, target, moves);
    moves.push_back({source, target});
    hanoi(disks - 1, spare, target, source, moves);
}

int main() {
    int disks;
    if (!(cin >> disks)) return 0;
    vector<Move> moves;
    hanoi(disks, 1, 3, 2, moves);
    cout << moves.size() << '\n';
    for (const Move& move : moves) cout << move.first << ' ' << move.second << '\n';
    return 0;
}
