#include <iostream>
#include <vector>

using namespace std;

using Matrix = vector<vector<int>>;

vector<int> spiral(const Matrix& matrix) {
    vector<int> order;
    int top = 0, bottom = static_cast<int>(matrix.size()) - 1;
    int left = 0, right = static_cast<int>(matrix[0].size()) - 1;
    while (top <= bottom && left <= right) {
        for (int col = left; col <= right; col++) order.push_back(matrix[top][col]);
        for (int row = top + 1; row <= bottom; row++) order.push_back(matrix[row][right]);
        if (top < bottom) {
            for (int col = right - 1; col >= left; col--) order.push_back(matrix[bottom][col]);
        }
        if (left < right) {
            for (int row = bottom - 1; row > top; row--) order.push_back(matrix[row][left]);
        }
        top++;
        bottom--;
        left++;
        right--;
    }
    return order;
}

int main() {
    int rows, cols;
    if (!(cin >> rows >> cols)) return 0;
    Matrix matrix(rows, vector<int>(cols));
    for (vector<int>& row : matrix) {
        for (int& value : row) cin >> value;
    }
    vector<int> order = spiral(matrix);
    for (size_t i = 0; i < order.size(); i++) {
        if (i > 0) cout << ' ';
        cout << order[i];
    }
    cout << '\n';
    return 0;
}
