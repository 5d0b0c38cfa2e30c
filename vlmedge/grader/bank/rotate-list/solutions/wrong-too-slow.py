n, k = map(int, input().split())
values = input().split()
for _ in range(k):
    values.insert(0, values.pop())
print(" ".join(values))
