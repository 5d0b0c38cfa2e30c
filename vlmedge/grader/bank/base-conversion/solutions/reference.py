DIGITS = "0123456789ABCDEF"


def to_base(number: int, base: int) -> str:
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    number = abs(number)
    digits = []
    while number > 0:
        number, remainder = divmod(number, base)
        digits.append(DIGITS[remainder])
    return sign + "".join(reversed(digits))


def main() -> None:
    number, base = map(int, input().split())
    print(to_base(number, base))


if __name__ == "__main__":
    main()
