moves = []


def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, target, spare)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source)


n = int(input())
hanoi(n, 1, 3, 2)
print(len(moves))
for source, target in moves:
    print(source, target)
