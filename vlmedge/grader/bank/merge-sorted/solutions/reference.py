import sys


def merge(first: list[int], second: list[int]) -> list[int]:
    merged = []
    i = j = 0
    while i < len(first) and j < len(second):
        if first[i] <= second[j]:
            merged.append(first[i])
            i += 1
        else:
            merged.append(second[j])
            j += 1
    merged.extend(first[i:])
    merged.extend(second[j:])
    return merged


def main() -> None:
    tokens = [int(token) for token in sys.stdin.read().split()]
    n = tokens[0]
    first = tokens[1:1 + n]
    m = tokens[1 + n]
    second = tokens[2 + n:2 + n + m]
    print(*merge(first, second))


if __name__ == "__main__":
    main()
