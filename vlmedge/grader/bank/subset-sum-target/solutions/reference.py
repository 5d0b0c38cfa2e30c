import sys


def subsets_with_sum(values: list[int], target: int) -> list[list[int]]:
    """Each value is either taken or skipped; values are sorted so every subset comes out increasing."""
    values = sorted(values)
    found: list[list[int]] = []
    chosen: list[int] = []

    def search(index: int, remaining: int) -> None:
        if remaining == 0:
            found.append(list(chosen))
            return
        if index == len(values) or values[index] > remaining:
            return
        chosen.append(values[index])
        search(index + 1, remaining - values[index])
        chosen.pop()
        search(index + 1, remaining)

    search(0, target)
    return found


def main() -> None:
    numbers = [int(token) for token in sys.stdin.read().split()]
    count, target = numbers[0], numbers[1]
    subsets = subsets_with_sum(numbers[2:2 + count], target)
    if not subsets:
        print("NONE")
    for subset in subsets:
        print(*subset)


if __name__ == "__main__":
    main()
