from collections import Counter

word = input().strip()
counts = Counter(word)
print(next(i for i, ch in enumerate(word) if counts[ch] == 1))
