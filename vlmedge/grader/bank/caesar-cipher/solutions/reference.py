import sys

ALPHABET_SIZE = 26


def shift_letter(letter: str, shift: int) -> str:
    base = ord("a") if letter.islower() else ord("A")
    return chr(base + (ord(letter) - base + shift) % ALPHABET_SIZE)


def encrypt(text: str, shift: int) -> str:
    return "".join(shift_letter(ch, shift) if ch.isascii() and ch.isalpha() else ch for ch in text)


def main() -> None:
    lines = sys.stdin.read().split("\n")
    shift = int(lines[0])
    text = lines[1].rstrip("\r") if len(lines) > 1 else ""
    print(encrypt(text, shift))


if __name__ == "__main__":
    main()
