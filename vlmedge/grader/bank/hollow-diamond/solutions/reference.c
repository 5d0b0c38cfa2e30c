#include <stdio.h>

static void print_repeated(char ch, int times) {
    for (int i = 0; i < times; i++) putchar(ch);
}

/* Row `row` (1-based) of the top half of a diamond of size `size`. */
static void print_row(int size, int row) {
    print_repeated(' ', size - row);
    putchar('*');
    if (row > 1) {
        print_repeated(' ', 2 * row - 3);
        putchar('*');
    }
    putchar('\n');
}

int main(void) {
    int size;
    if (scanf("%d", &size) != 1) return 0;
    for (int row = 1; row <= size; row++) print_row(size, row);
    for (int row = size - 1; row >= 1; row--) print_row(size, row);
    return 0;
}
