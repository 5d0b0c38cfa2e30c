#include <stdio.h>

#define MAX_SIZE 40
#define LAND '#'
#define WATER '.'

static char grid[MAX_SIZE][MAX_SIZE + 1];
static int rows, cols;

static const int ROW_STEP[4] = {1, -1, 0, 0};
static const int COL_STEP[4] = {0, 0, 1, -1};

/* Turns the island containing (row, col) into water, with an explicit stack instead of recursion. */
static void sink_island(int row, int col) {
    static int stack_rows[MAX_SIZE * MAX_SIZE], stack_cols[MAX_SIZE * MAX_SIZE];
    int top = 0;
    grid[row][col] = WATER;
    stack_rows[top] = row;
    stack_cols[top] = col;
    top++;
    while (top > 0) {
        top--;
        int r = stack_rows[top], c = stack_cols[top];
        for (int d = 0; d < 4; d++) {
            int nr = r + ROW_STEP[d], nc = c + COL_STEP[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != LAND) continue;
            grid[nr][nc] = WATER;
            stack_rows[top] = nr;
            stack_cols[top] = nc;
            top++;
        }
    }
}

static int count_islands(void) {
    int islands = 0;
    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
            if (grid[r][c] == LAND) {
                islands++;
                sink_island(r, c);
            }
        }
    }
    return islands;
}

int main(void) {
    if (scanf("%d %d", &rows, &cols) != 2) return 0;
    for (int r = 0; r < rows; r++) scanf("%40s", grid[r]);
    printf("%d\n", count_islands());
    return 0;
}
