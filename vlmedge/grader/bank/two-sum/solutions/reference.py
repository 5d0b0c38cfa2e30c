import sys


def find_pair(values: list[int], target: int) -> tuple[int, int]:
    first_position = {}
    for j, value in enumerate(values):
        wanted = target - value
        if wanted in first_position:
            return first_position[wanted], j
        first_position.setdefault(value, j)
    return -1, -1


def main() -> None:
    tokens = [int(token) for token in sys.stdin.read().split()]
    count, target = tokens[0], tokens[1]
    print(*find_pair(tokens[2:2 + count], target))


if __name__ == "__main__":
    main()
