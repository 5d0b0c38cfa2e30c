#include <stdio.h>

#define MAX_SIZE 20

static int matrix[MAX_SIZE][MAX_SIZE];
static int printed = 0;

static void emit(int value) {
    printf(printed++ == 0 ? "%d" : " %d", value);
}

/* Prints the outer ring of the sub-matrix rows top..bottom, columns left..right. */
static void print_ring(int top, int bottom, int left, int right) {
    for (int col = left; col <= right; col++) emit(matrix[top][col]);
    for (int row = top + 1; row <= bottom; row++) emit(matrix[row][right]);
    if (top < bottom) {
        for (int col = right - 1; col >= left; col--) emit(matrix[bottom][col]);
    }
    if (left < right) {
        for (int row = bottom - 1; row > top; row--) emit(matrix[row][left]);
    }
}

int main(void) {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2) return 0;
    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) scanf("%d", &matrix[r][c]);
    }
    int top = 0, bottom = rows - 1, left = 0, right = cols - 1;
    while (top <= bottom && left <= right) {
        print_ring(top, bottom, left, right);
        top++;
        bottom--;
        left++;
        right--;
    }
    printf("\n");
    return 0;
}
