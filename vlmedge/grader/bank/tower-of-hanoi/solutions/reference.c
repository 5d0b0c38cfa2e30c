#include <stdio.h>

/* Moves `disks` disks from `source` to `target`, printing every move. */
static void hanoi(int disks, int source, int target, int spare) {
    if (disks == 0) return;
    hanoi(disks - 1, source, spare, target);
    printf("%d %d\n", source, target);
    hanoi(disks - 1, spare, target, source);
}

int main(void) {
    int disks;
    if (scanf("%d", &disks) != 1) return 0;
    printf("%d\n", (1 << disks) - 1);
    hanoi(disks, 1, 3, 2);
    return 0;
}
