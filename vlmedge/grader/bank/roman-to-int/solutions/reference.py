import sys

SYMBOL_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(numeral: str) -> int:
    total = 0
    for position, symbol in enumerate(numeral):
        value = SYMBOL_VALUES[symbol]
        next_value = SYMBOL_VALUES[numeral[position + 1]] if position + 1 < len(numeral) else 0
        total += -value if value < next_value else value
    return total


def main() -> None:
    tokens = sys.stdin.read().split()
    count = int(tokens[0])
    for numeral in tokens[1:1 + count]:
        print(roman_to_int(numeral))


if __name__ == "__main__":
    main()
