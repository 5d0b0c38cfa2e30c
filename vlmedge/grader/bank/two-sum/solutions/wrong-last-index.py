n, target = map(int, input().split())
values = list(map(int, input().split()))

seen = {}
answer = (-1, -1)
for j in range(n):
    need = target - values[j]
    if need in seen:
        answer = (seen[need], j)
        break
    seen[values[j]] = j
print(answer[0], answer[1])
