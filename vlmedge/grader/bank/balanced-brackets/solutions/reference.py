import sys

CLOSER_TO_OPENER = {")": "(", "]": "[", "}": "{"}


def is_balanced(brackets: str) -> bool:
    stack = []
    for bracket in brackets:
        if bracket in CLOSER_TO_OPENER:
            if not stack or stack.pop() != CLOSER_TO_OPENER[bracket]:
                return False
        else:
            stack.append(bracket)
    return not stack


def main() -> None:
    tokens = sys.stdin.read().split()
    count = int(tokens[0])
    for brackets in tokens[1:1 + count]:
        print("YES" if is_balanced(brackets) else "NO")


if __name__ == "__main__":
    main()
