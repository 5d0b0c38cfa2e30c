import sys


def median(values: list[int]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2 == 1:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def main() -> None:
    tokens = sys.stdin.read().split()
    count = int(tokens[0])
    print(f"{median([int(token) for token in tokens[1:1 + count]]):.6f}")


if __name__ == "__main__":
    main()
