import sys


def main() -> None:
    tokens = sys.stdin.read().split()
    count = int(tokens[0])
    students = [(tokens[1 + 2 * i], int(tokens[2 + 2 * i])) for i in range(count)]
    students.sort(key=lambda student: (-student[1], student[0]))
    rank = 0
    for position, (name, score) in enumerate(students):
        if position == 0 or score != students[position - 1][1]:
            rank = position + 1
        print(rank, name, score)


if __name__ == "__main__":
    main()
