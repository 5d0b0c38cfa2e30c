#include <ctype.h>
#include <stdio.h>

/* Recursive descent over the text:
   expression = term (('+' | '-') term)*
   term       = factor ('*' factor)*
   factor     = number | '(' expression ')' */

static const char *cursor;

static long long parse_expression(void);

static void skip_spaces(void) {
    while (*cursor == ' ' || *cursor == '\t') cursor++;
}

static char peek(void) {
    skip_spaces();
    return *cursor;
}

static long long parse_number(void) {
    long long value = 0;
    while (isdigit((unsigned char)*cursor)) {
        value = value * 10 + (*cursor - '0');
        cursor++;
    }
    return value;
}

static long long parse_factor(void) {
    if (peek() == '(') {
        cursor++;
        long long value = parse_expression();
        peek();
        cursor++; /* the closing ')' */
        return value;
    }
    return parse_number();
}

static long long parse_term(void) {
    long long value = parse_factor();
    while (peek() == '*') {
        cursor++;
        value *= parse_factor();
    }
    return value;
}

static long long parse_expression(void) {
    long long value = parse_term();
    for (char op = peek(); op == '+' || op == '-'; op = peek()) {
        cursor++;
        long long operand = parse_term();
        value = op == '+' ? value + operand : value - operand;
    }
    return value;
}

int main(void) {
    char line[512];
    if (!fgets(line, sizeof line, stdin)) return 0;
    cursor = line;
    printf("%lld\n", parse_expression());
    return 0;
}
