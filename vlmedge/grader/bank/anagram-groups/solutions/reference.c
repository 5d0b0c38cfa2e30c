#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 100
#define WORD_SIZE 16

typedef struct {
    char key[WORD_SIZE];   /* the letters of the group's words, sorted */
    int members[MAX_WORDS]; /* indexes into the sorted word list */
    int size;
} Group;

static int compare_chars(const void *a, const void *b) {
    return *(const char *)a - *(const char *)b;
}

static int compare_words(const void *a, const void *b) {
    return strcmp((const char *)a, (const char *)b);
}

static void letters_key(const char *word, char *key) {
    strcpy(key, word);
    qsort(key, strlen(key), 1, compare_chars);
}

static int find_group(const Group *groups, int group_count, const char *key) {
    for (int g = 0; g < group_count; g++) {
        if (strcmp(groups[g].key, key) == 0) return g;
    }
    return -1;
}

int main(void) {
    static char words[MAX_WORDS][WORD_SIZE];
    static Group groups[MAX_WORDS];
    int n;
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%15s", words[i]);

    /* With the words sorted first, every group is filled in alphabetical order
       and the groups are created in the order of their smallest word. */
    qsort(words, n, WORD_SIZE, compare_words);
    int group_count = 0;
    for (int i = 0; i < n; i++) {
        char key[WORD_SIZE];
        letters_key(words[i], key);
        int g = find_group(groups, group_count, key);
        if (g < 0) {
            g = group_count++;
            strcpy(groups[g].key, key);
            groups[g].size = 0;
        }
        groups[g].members[groups[g].size++] = i;
    }

    printf("%d\n", group_count);
    for (int g = 0; g < group_count; g++) {
        printf("%d", groups[g].size);
        for (int m = 0; m < groups[g].size; m++) printf(" %s", words[groups[g].members[m]]);
        printf("\n");
    }
    return 0;
}
