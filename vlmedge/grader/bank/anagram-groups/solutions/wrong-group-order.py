n = int(input())
words = [input().strip() for _ in range(n)]

groups = {}
for word in words:
    key = "".join(sorted(word))
    groups.setdefault(key, []).append(word)

print(len(groups))
for group in groups.values():  # groups in order of first appearance
    group.sort()
    print(len(group), " ".join(group))
