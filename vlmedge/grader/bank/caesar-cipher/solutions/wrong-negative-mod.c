#include <stdio.h>
#include <string.h>

int main(void) {
    int k;
    char text[256];
    if (scanf("%d", &k) != 1) return 0;
    getchar(); /* the newline after k */
    if (!fgets(text, sizeof text, stdin)) return 0;
    k %= 26;
    for (int i = 0; text[i] != '\0'; i++) {
        char c = text[i];
        if (c >= 'a' && c <= 'z') {
            text[i] = (char)('a' + (c - 'a' + k) % 26);
        } else if (c >= 'A' && c <= 'Z') {
            text[i] = (char)('A' + (c - 'A' + k) % 26);
        }
    }
    printf("%s", text);
    if (text[strlen(text) - 1] != '\n') printf("\n");
    return 0;
}
