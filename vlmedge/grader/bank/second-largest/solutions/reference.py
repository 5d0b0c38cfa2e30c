import sys


def second_largest(values: list[int]) -> int | None:
    distinct = set(values)
    if len(distinct) < 2:
        return None
    distinct.remove(max(distinct))
    return max(distinct)


def main() -> None:
    tokens = sys.stdin.read().split()
    count = int(tokens[0])
    answer = second_largest([int(token) for token in tokens[1:1 + count]])
    print("NONE" if answer is None else answer)


if __name__ == "__main__":
    main()
