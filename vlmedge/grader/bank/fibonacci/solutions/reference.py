def fibonacci(n: int) -> int:
    previous, current = 0, 1
    for _ in range(n):
        previous, current = current, previous + current
    return previous


def main() -> None:
    print(fibonacci(int(input())))


if __name__ == "__main__":
    main()
