n, target = map(int, input().split())
values = list(map(int, input().split()))

position = {}
for index, value in enumerate(values):
    position[value] = index

answer = "-1 -1"
for i in range(n):
    need = target - values[i]
    if need in position:
        answer = f"{i} {position[need]}"
        break
print(answer)
