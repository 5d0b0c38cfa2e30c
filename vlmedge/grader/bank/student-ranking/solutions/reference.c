#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COUNT 100
#define NAME_SIZE 16

typedef struct {
    char name[NAME_SIZE];
    int score;
} Student;

/* Highest score first; equal scores alphabetically by name. */
static int compare_students(const void *a, const void *b) {
    const Student *x = a, *y = b;
    if (x->score != y->score) return y->score - x->score;
    return strcmp(x->name, y->name);
}

int main(void) {
    int n;
    Student students[MAX_COUNT];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%15s %d", students[i].name, &students[i].score);
    qsort(students, n, sizeof students[0], compare_students);

    int rank = 0;
    for (int i = 0; i < n; i++) {
        if (i == 0 || students[i].score != students[i - 1].score) rank = i + 1;
        printf("%d %s %d\n", rank, students[i].name, students[i].score);
    }
    return 0;
}
