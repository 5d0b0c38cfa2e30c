def encode(word: str) -> str:
    parts = []
    run_letter, run_length = word[0], 0
    for letter in word:
        if letter == run_letter:
            run_length += 1
        else:
            parts.append(f"{run_letter}{run_length}")
            run_letter, run_length = letter, 1
    parts.append(f"{run_letter}{run_length}")
    return "".join(parts)


def main() -> None:
    print(encode(input().strip()))


if __name__ == "__main__":
    main()
