import sys
from collections import Counter


def main() -> None:
    tokens = sys.stdin.read().split()
    count = int(tokens[0])
    frequencies = Counter(tokens[1:1 + count])
    for word, times in sorted(frequencies.items(), key=lambda item: (-item[1], item[0])):
        print(word, times)


if __name__ == "__main__":
    main()
