def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    print(source, target)
    hanoi(n - 1, spare, target, source)


n = int(input())
print(2 * n - 1)  # 1 disk: 1 move, 2 disks: 3 moves, ...
hanoi(n, 1, 3, 2)
