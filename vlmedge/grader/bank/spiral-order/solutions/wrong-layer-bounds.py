r, c = map(int, input().split())
m = [list(map(int, input().split())) for _ in range(r)]

result = []
top, bottom, left, right = 0, r - 1, 0, c - 1
while top <= bottom and left <= right:
    for j in range(left, right + 1):
        result.append(m[top][j])
    for i in range(top + 1, bottom + 1):
        result.append(m[i][right])
    for j in range(right - 1, left - 1, -1):
        result.append(m[bottom][j])
    for i in range(bottom - 1, top, -1):
        result.append(m[i][left])
    top += 1
    bottom -= 1
    left += 1
    right -= 1
print(" ".join(map(str, result)))
