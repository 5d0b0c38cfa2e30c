n = int(input())
values = sorted(set(map(int, input().split())))
print(values[-2])
