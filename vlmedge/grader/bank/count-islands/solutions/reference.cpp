#include <iostream>
#include <string>
#include <utility>
#include <vector>

using namespace std;

const char LAND = '#';
const char WATER = '.';

// Turns the island containing (row, col) into water, with an explicit stack instead of recursion.
void sink_island(vector<string>& grid, int row, int col) {
    const int rows = grid.size(), cols = grid[0].size();
    const int row_step[] = {1, -1, 0, 0};
    const int col_step[] = {0, 0, 1, -1};
    vector<pair<int, int>> stack = {{row, col}};
    grid[row][col] = WATER;
    while (!stack.empty()) {
        auto [r, c] = stack.back();
        stack.pop_back();
        for (int d = 0; d < 4; d++) {
            int nr = r + row_step[d], nc = c + col_step[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != LAND) continue;
            grid[nr][nc] = WATER;
            stack.push_back({nr, nc});
        }
    }
}

int count_islands(vector<string>& grid) {
    int islands = 0;
    for (size_t r = 0; r < grid.size(); r++) {
        for (size_t c = 0; c < grid[r].size(); c++) {
            if (grid[r][c] == LAND) {
                islands++;
                sink_island(grid, r, c);
            }
        }
    }
    return islands;
}

int main() {
    int rows, cols;
    if (!(cin >> rows >> cols)) return 0;
    vector<string> grid(rows);
    for (string& line : grid) cin >> line;
    cout << count_islands(grid) << '\n';
    return 0;
}
