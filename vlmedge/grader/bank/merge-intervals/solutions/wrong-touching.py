n = int(input())
intervals = sorted(tuple(map(int, input().split())) for _ in range(n))

merged = []
for start, end in intervals:
    if merged and start < merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], end)
    else:
        merged.append([start, end])

print(len(merged))
for start, end in merged:
    print(start, end)
