#include <stdio.h>

#define MAX_LENGTH 1000

static void print_encoded(const char *word) {
    int i = 0;
    while (word[i] != '\0') {
        int run_end = i;
        while (word[run_end] == word[i]) run_end++;
        printf("%c%d", word[i], run_end - i);
        i = run_end;
    }
    printf("\n");
}

int main(void) {
    char word[MAX_LENGTH + 2];
    if (scanf("%1001s", word) != 1) return 0;
    print_encoded(word);
    return 0;
}
