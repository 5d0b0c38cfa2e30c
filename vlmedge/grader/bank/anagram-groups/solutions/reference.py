import sys
from collections import defaultdict


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return sorted((sorted(group) for group in groups.values()), key=lambda group: group[0])


def main() -> None:
    tokens = sys.stdin.read().split()
    count = int(tokens[0])
    groups = group_anagrams(tokens[1:1 + count])
    print(len(groups))
    for group in groups:
        print(len(group), *group)


if __name__ == "__main__":
    main()
