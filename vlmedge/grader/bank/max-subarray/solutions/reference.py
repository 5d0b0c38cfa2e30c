import sys


def max_subarray(nums: list[int]) -> int:
    """Kadane's algorithm: the best sum of a subarray ending at each position."""
    best = current = nums[0]
    for value in nums[1:]:
        current = max(value, current + value)
        best = max(best, current)
    return best


def main() -> None:
    tokens = sys.stdin.read().split()
    count = int(tokens[0])
    print(max_subarray([int(token) for token in tokens[1:1 + count]]))


if __name__ == "__main__":
    main()
