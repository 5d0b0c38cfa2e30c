#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define MAX_LENGTH 100

int is_palindrome(const char *word) {
    size_t length = strlen(word);
    for (size_t i = 0; i < length / 2; i++) {
        if (tolower((unsigned char)word[i]) != tolower((unsigned char)word[length - 1 - i])) return 0;
    }
    return 1;
}

int main(void) {
    int n;
    char word[MAX_LENGTH + 2];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) {
        scanf("%101s", word);
        puts(is_palindrome(word) ? "YES" : "NO");
    }
    return 0;
}
