#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COUNT 300
#define WORD_SIZE 16

typedef struct {
    char word[WORD_SIZE];
    int count;
} Entry;

static int compare_words(const void *a, const void *b) {
    return strcmp((const char *)a, (const char *)b);
}

/* Largest count first; equal counts alphabetically. */
static int compare_entries(const void *a, const void *b) {
    const Entry *x = a, *y = b;
    if (x->count != y->count) return y->count - x->count;
    return strcmp(x->word, y->word);
}

/* Counts the runs of equal words in a sorted list; returns the number of distinct words. */
static int count_words(char words[][WORD_SIZE], int n, Entry *entries) {
    int distinct = 0;
    for (int i = 0; i < n; i++) {
        if (distinct > 0 && strcmp(entries[distinct - 1].word, words[i]) == 0) {
            entries[distinct - 1].count++;
        } else {
            strcpy(entries[distinct].word, words[i]);
            entries[distinct].count = 1;
            distinct++;
        }
    }
    return distinct;
}

int main(void) {
    static char words[MAX_COUNT][WORD_SIZE];
    static Entry entries[MAX_COUNT];
    int n;
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) scanf("%15s", words[i]);
    qsort(words, n, WORD_SIZE, compare_words);
    int distinct = count_words(words, n, entries);
    qsort(entries, distinct, sizeof entries[0], compare_entries);
    for (int i = 0; i < distinct; i++) printf("%s %d\n", entries[i].word, entries[i].count);
    return 0;
}
