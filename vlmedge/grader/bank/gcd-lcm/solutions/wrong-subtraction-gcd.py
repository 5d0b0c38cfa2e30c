import sys


def gcd(a, b):
    while a != b:
        if a > b:
            a -= b
        else:
            b -= a
    return a


def main():
    numbers = list(map(int, sys.stdin.read().split()))
    values = numbers[1:]
    g = values[0]
    l = values[0]
    for v in values[1:]:
        g = gcd(g, v)
        l = l * v // gcd(l, v)
    print(g, l)


if __name__ == "__main__":
    main()
