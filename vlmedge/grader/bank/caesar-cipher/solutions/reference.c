#include <stdio.h>
#include <string.h>

#define ALPHABET_SIZE 26

static char shift_letter(char letter, int shift) {
    if (letter >= 'a' && letter <= 'z') return (char)('a' + (letter - 'a' + shift) % ALPHABET_SIZE);
    if (letter >= 'A' && letter <= 'Z') return (char)('A' + (letter - 'A' + shift) % ALPHABET_SIZE);
    return letter;
}

int main(void) {
    long long k;
    char line[256];
    char text[256] = "";
    if (!fgets(line, sizeof line, stdin) || sscanf(line, "%lld", &k) != 1) return 0;
    if (fgets(text, sizeof text, stdin)) text[strcspn(text, "\r\n")] = '\0';

    /* Reduce k to 0..25 first, so negative and huge shifts work too. */
    int shift = (int)(((k % ALPHABET_SIZE) + ALPHABET_SIZE) % ALPHABET_SIZE);
    for (size_t i = 0; text[i] != '\0'; i++) text[i] = shift_letter(text[i], shift);
    puts(text);
    return 0;
}
