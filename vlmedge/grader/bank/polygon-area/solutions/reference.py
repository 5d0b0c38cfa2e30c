import sys


def polygon_area(points: list[tuple[int, int]]) -> float:
    twice_signed_area = 0
    for index, (x1, y1) in enumerate(points):
        x2, y2 = points[(index + 1) % len(points)]
        twice_signed_area += x1 * y2 - x2 * y1
    return abs(twice_signed_area) / 2


def main() -> None:
    numbers = [int(token) for token in sys.stdin.read().split()]
    count = numbers[0]
    points = [(numbers[1 + 2 * i], numbers[2 + 2 * i]) for i in range(count)]
    print(f"{polygon_area(points):.6f}")


if __name__ == "__main__":
    main()
