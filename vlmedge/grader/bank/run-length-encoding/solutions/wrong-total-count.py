word = input().strip()
result = ""
seen = set()
for letter in word:
    if letter not in seen:
        seen.add(letter)
        result += letter + str(word.count(letter))
print(result)
