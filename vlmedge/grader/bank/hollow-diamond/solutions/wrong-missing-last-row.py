def line(n, i):
    if i == 1:
        return " " * (n - 1) + "*"
    return " " * (n - i) + "*" + " " * (2 * i - 3) + "*"


n = int(input())
for i in range(1, n + 1):
    print(line(n, i))
for i in range(n - 1, 1, -1):
    print(line(n, i))
