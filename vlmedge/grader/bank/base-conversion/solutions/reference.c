#include <stdio.h>

static const char DIGITS[] = "0123456789ABCDEF";

/* Writes `number` in `base` into `out` (at least 66 bytes). */
static void to_base(long long number, int base, char *out) {
    char reversed[64];
    int length = 0;
    int negative = number < 0;
    if (negative) number = -number;
    do {
        reversed[length++] = DIGITS[number % base];
        number /= base;
    } while (number > 0);

    int pos = 0;
    if (negative) out[pos++] = '-';
    while (length > 0) out[pos++] = reversed[--length];
    out[pos] = '\0';
}

int main(void) {
    long long number;
    int base;
    char text[66];
    if (scanf("%lld %d", &number, &base) != 2) return 0;
    to_base(number, base, text);
    puts(text);
    return 0;
}
