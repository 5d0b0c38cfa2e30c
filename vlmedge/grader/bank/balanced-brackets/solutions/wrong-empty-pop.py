PAIRS = {")": "(", "]": "[", "}": "{"}


def is_balanced(s):
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif stack.pop() != PAIRS[ch]:
            return False
    return len(stack) == 0


n = int(input())
for _ in range(n):
    print("YES" if is_balanced(input().strip()) else "NO")
