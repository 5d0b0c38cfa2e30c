import sys


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def main() -> None:
    tokens = [int(token) for token in sys.stdin.read().split()]
    values = tokens[1:1 + tokens[0]]
    common_divisor, common_multiple = values[0], values[0]
    for value in values[1:]:
        common_divisor = gcd(common_divisor, value)
        common_multiple = lcm(common_multiple, value)
    print(common_divisor, common_multiple)


if __name__ == "__main__":
    main()
