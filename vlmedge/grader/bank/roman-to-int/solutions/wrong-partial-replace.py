VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(numeral):
    # rewrite the subtractive forms as plain additions, then add up
    numeral = numeral.replace("IV", "IIII").replace("IX", "VIIII")
    return sum(VALUES[symbol] for symbol in numeral)


def main():
    n = int(input())
    for _ in range(n):
        print(roman_to_int(input().strip()))


if __name__ == "__main__":
    main()
