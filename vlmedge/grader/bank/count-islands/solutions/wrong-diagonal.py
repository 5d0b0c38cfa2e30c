from collections import deque

r, c = map(int, input().split())
grid = [list(input().strip()) for _ in range(r)]

islands = 0
for i in range(r):
    for j in range(c):
        if grid[i][j] != "#":
            continue
        islands += 1
        grid[i][j] = "."
        queue = deque([(i, j)])
        while queue:
            x, y = queue.popleft()
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    nx, ny = x + dx, y + dy
                    if 0 <= nx < r and 0 <= ny < c and grid[nx][ny] == "#":
                        grid[nx][ny] = "."
                        queue.append((nx, ny))
print(islands)
