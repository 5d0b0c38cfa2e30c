#include <stdio.h>
#include <stdlib.h>

#define MAX_COUNT 15

static int values[MAX_COUNT];
static int count;
static int chosen[MAX_COUNT];
static int chosen_count = 0;
static int found = 0;

static int compare_ints(const void *a, const void *b) {
    return *(const int *)a - *(const int *)b;
}

static void print_chosen(void) {
    for (int i = 0; i < chosen_count; i++) printf(i == 0 ? "%d" : " %d", chosen[i]);
    printf("\n");
    found++;
}

/* Each value is either taken or skipped; the values are sorted, so every subset comes out increasing
   and the search can stop as soon as the next value is larger than what remains. */
static void search(int index, int remaining) {
    if (remaining == 0) {
        print_chosen();
        return;
    }
    if (index == count || values[index] > remaining) return;
    chosen[chosen_count++] = values[index];
    search(index + 1, remaining - values[index]);
    chosen_count--;
    search(index + 1, remaining);
}

int main(void) {
    int target;
    if (scanf("%d %d", &count, &target) != 2) return 0;
    for (int i = 0; i < count; i++) scanf("%d", &values[i]);
    qsort(values, count, sizeof values[0], compare_ints);
    search(0, target);
    if (found == 0) printf("NONE\n");
    return 0;
}
