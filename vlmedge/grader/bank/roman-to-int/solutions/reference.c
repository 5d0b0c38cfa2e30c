#include <stdio.h>

#define MAX_LENGTH 20

static int symbol_value(char symbol) {
    switch (symbol) {
        case 'I': return 1;
        case 'V': return 5;
        case 'X': return 10;
        case 'L': return 50;
        case 'C': return 100;
        case 'D': return 500;
        case 'M': return 1000;
        default: return 0;
    }
}

/* A symbol followed by a larger one is subtracted, every other symbol is added. */
int roman_to_int(const char *numeral) {
    int total = 0;
    for (int i = 0; numeral[i] != '\0'; i++) {
        int value = symbol_value(numeral[i]);
        int next_value = symbol_value(numeral[i + 1]);
        total += value < next_value ? -value : value;
    }
    return total;
}

int main(void) {
    int n;
    char numeral[MAX_LENGTH + 2];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) {
        scanf("%21s", numeral);
        printf("%d\n", roman_to_int(numeral));
    }
    return 0;
}
