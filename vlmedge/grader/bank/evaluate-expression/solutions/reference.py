import re

TOKEN = re.compile(r"\d+|[-+*()]")


class Parser:
    """Recursive descent: expression = term (('+' | '-') term)*, term = factor ('*' factor)*,
    factor = number | '(' expression ')'."""

    def __init__(self, text: str) -> None:
        self.tokens = TOKEN.findall(text)
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def expression(self) -> int:
        value = self.term()
        while self.peek() in ("+", "-"):
            operator = self.take()
            operand = self.term()
            value = value + operand if operator == "+" else value - operand
        return value

    def term(self) -> int:
        value = self.factor()
        while self.peek() == "*":
            self.take()
            value *= self.factor()
        return value

    def factor(self) -> int:
        token = self.take()
        if token == "(":
            value = self.expression()
            self.take()  # the closing ")"
            return value
        return int(token)


def main() -> None:
    print(Parser(input()).expression())


if __name__ == "__main__":
    main()
