import sys


def is_palindrome(word: str) -> bool:
    return word == word[::-1]


def main() -> None:
    tokens = sys.stdin.read().split()
    count = int(tokens[0])
    for word in tokens[1:1 + count]:
        print("YES" if is_palindrome(word) else "NO")


if __name__ == "__main__":
    main()
