#include <stdio.h>
#include <string.h>

#define MAX_LENGTH 100

static char opener_for(char closer) {
    switch (closer) {
        case ')': return '(';
        case ']': return '[';
        default: return '{';
    }
}

static int is_opener(char bracket) {
    return bracket == '(' || bracket == '[' || bracket == '{';
}

static int is_balanced(const char *brackets) {
    char stack[MAX_LENGTH + 1];
    int depth = 0;
    for (size_t i = 0; brackets[i] != '\0'; i++) {
        char bracket = brackets[i];
        if (is_opener(bracket)) {
            stack[depth++] = bracket;
        } else if (depth == 0 || stack[--depth] != opener_for(bracket)) {
            return 0;
        }
    }
    return depth == 0;
}

int main(void) {
    int n;
    char brackets[MAX_LENGTH + 2];
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i < n; i++) {
        scanf("%101s", brackets);
        puts(is_balanced(brackets) ? "YES" : "NO");
    }
    return 0;
}
