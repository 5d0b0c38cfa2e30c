#include <stdio.h>

#define MAX_LENGTH 1000

static int first_unique_index(const char *word) {
    int counts[26] = {0};
    for (int i = 0; word[i] != '\0'; i++) counts[word[i] - 'a']++;
    for (int i = 0; word[i] != '\0'; i++) {
        if (counts[word[i] - 'a'] == 1) return i;
    }
    return -1;
}

int main(void) {
    char word[MAX_LENGTH + 2];
    if (scanf("%1001s", word) != 1) return 0;
    printf("%d\n", first_unique_index(word));
    return 0;
}
