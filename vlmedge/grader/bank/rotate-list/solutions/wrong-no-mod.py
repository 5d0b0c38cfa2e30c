n, k = map(int, input().split())
values = input().split()
rotated = values[-k:] + values[:-k]
print(" ".join(rotated))
