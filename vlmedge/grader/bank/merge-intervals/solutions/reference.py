import sys


def merge_intervals(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def main() -> None:
    numbers = [int(token) for token in sys.stdin.read().split()]
    count = numbers[0]
    intervals = [(numbers[1 + 2 * i], numbers[2 + 2 * i]) for i in range(count)]
    merged = merge_intervals(intervals)
    print(len(merged))
    for start, end in merged:
        print(start, end)


if __name__ == "__main__":
    main()
