import sys

LAND = "#"


def sink_island(grid: list[list[str]], row: int, col: int) -> None:
    """Turn the island containing (row, col) into water, with an explicit stack instead of recursion."""
    stack = [(row, col)]
    grid[row][col] = "."
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == LAND:
                grid[nr][nc] = "."
                stack.append((nr, nc))


def count_islands(grid: list[list[str]]) -> int:
    islands = 0
    for row in range(len(grid)):
        for col in range(len(grid[0])):
            if grid[row][col] == LAND:
                islands += 1
                sink_island(grid, row, col)
    return islands


def main() -> None:
    tokens = sys.stdin.read().split()
    rows = int(tokens[0])
    grid = [list(line) for line in tokens[2:2 + rows]]
    print(count_islands(grid))


if __name__ == "__main__":
    main()
