from collections import Counter


def first_unique_index(word: str) -> int:
    counts = Counter(word)
    for index, letter in enumerate(word):
        if counts[letter] == 1:
            return index
    return -1


def main() -> None:
    print(first_unique_index(input().strip()))


if __name__ == "__main__":
    main()
