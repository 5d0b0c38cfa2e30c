n = int(input())
students = []
for _ in range(n):
    name, score = input().split()
    students.append((name, int(score)))

students.sort(key=lambda s: (-s[1], s[0]))
rank = 1
for i, (name, score) in enumerate(students):
    if i > 0 and score < students[i - 1][1]:
        rank += 1
    print(rank, name, score)
