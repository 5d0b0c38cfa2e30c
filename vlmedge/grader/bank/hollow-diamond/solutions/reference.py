def diamond_line(size: int, row: int) -> str:
    """Row `row` (1-based) of the top half."""
    indent = " " * (size - row)
    if row == 1:
        return indent + "*"
    return indent + "*" + " " * (2 * row - 3) + "*"


def diamond(size: int) -> list[str]:
    top = [diamond_line(size, row) for row in range(1, size + 1)]
    return top + top[-2::-1]


def main() -> None:
    print("\n".join(diamond(int(input()))))


if __name__ == "__main__":
    main()
