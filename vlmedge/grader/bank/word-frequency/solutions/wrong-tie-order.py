n = int(input())
counts = {}
for _ in range(n):
    word = input().strip()
    counts[word] = counts.get(word, 0) + 1

# most frequent first
for word, times in sorted(counts.items(), key=lambda item: item[1], reverse=True):
    print(word, times)
