n = int(input())
values = sorted(map(int, input().split()))
if n < 2:
    print("NONE")
else:
    print(values[-2])
