import sys


def rotate_right(values: list[int], steps: int) -> list[int]:
    steps %= len(values)
    return values[len(values) - steps:] + values[:len(values) - steps]


def main() -> None:
    tokens = sys.stdin.read().split()
    count, steps = int(tokens[0]), int(tokens[1])
    values = [int(token) for token in tokens[2:2 + count]]
    print(*rotate_right(values, steps))


if __name__ == "__main__":
    main()
