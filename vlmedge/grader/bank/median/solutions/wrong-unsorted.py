n = int(input())
values = list(map(int, input().split()))
mid = n // 2
if n % 2 == 1:
    result = values[mid]
else:
    result = (values[mid - 1] + values[mid]) / 2
print(f"{result:.6f}")
