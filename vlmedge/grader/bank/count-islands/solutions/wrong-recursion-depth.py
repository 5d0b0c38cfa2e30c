def fill(grid, i, j):
    if i < 0 or j < 0 or i >= len(grid) or j >= len(grid[0]) or grid[i][j] != "#":
        return
    grid[i][j] = "."
    fill(grid, i + 1, j)
    fill(grid, i - 1, j)
    fill(grid, i, j + 1)
    fill(grid, i, j - 1)


r, c = map(int, input().split())
grid = [list(input().strip()) for _ in range(r)]
count = 0
for i in range(r):
    for j in range(c):
        if grid[i][j] == "#":
            count += 1
            fill(grid, i, j)
print(count)
