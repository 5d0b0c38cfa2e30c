n = int(input())
words = [input().strip() for _ in range(n)]

groups = {}
for word in words:
    key = "".join(sorted(set(word)))
    if key not in groups:
        groups[key] = []
    groups[key].append(word)

result = sorted(sorted(group) for group in groups.values())
print(len(result))
for group in result:
    print(len(group), " ".join(group))
