import sys


def max_subarray(nums):
    best = 0
    current = 0
    for value in nums:
        current += value
        if current < 0:
            current = 0
        if current > best:
            best = current
    return best


def main():
    tokens = sys.stdin.read().split()
    n = int(tokens[0])
    print(max_subarray([int(t) for t in tokens[1:n + 1]]))


if __name__ == "__main__":
    main()
