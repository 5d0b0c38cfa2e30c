import sys


def spiral(matrix: list[list[int]]) -> list[int]:
    order = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        order.extend(matrix[top][col] for col in range(left, right + 1))
        order.extend(matrix[row][right] for row in range(top + 1, bottom + 1))
        if top < bottom:
            order.extend(matrix[bottom][col] for col in range(right - 1, left - 1, -1))
        if left < right:
            order.extend(matrix[row][left] for row in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return order


def main() -> None:
    numbers = [int(token) for token in sys.stdin.read().split()]
    rows, cols = numbers[0], numbers[1]
    matrix = [numbers[2 + row * cols:2 + (row + 1) * cols] for row in range(rows)]
    print(*spiral(matrix))


if __name__ == "__main__":
    main()
