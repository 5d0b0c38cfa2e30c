def hanoi(disks: int, source: int, target: int, spare: int, moves: list[tuple[int, int]]) -> None:
    if disks == 0:
        return
    hanoi(disks - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(disks - 1, spare, target, source, moves)


def main() -> None:
    moves: list[tuple[int, int]] = []
    hanoi(int(input()), 1, 3, 2, moves)
    print(len(moves))
    for source, target in moves:
        print(source, target)


if __name__ == "__main__":
    main()
