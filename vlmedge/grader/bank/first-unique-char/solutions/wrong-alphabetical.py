word = input().strip()
answer = -1
for letter in "abcdefghijklmnopqrstuvwxyz":
    if word.count(letter) == 1:
        answer = word.index(letter)
        break
print(answer)
