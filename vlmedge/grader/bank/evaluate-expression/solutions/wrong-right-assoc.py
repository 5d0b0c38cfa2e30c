import re

tokens = re.findall(r"\d+|[-+*()]", input())
pos = 0


def peek():
    return tokens[pos] if pos < len(tokens) else None


def advance():
    global pos
    pos += 1
    return tokens[pos - 1]


def expression():
    left = term()
    if peek() in ("+", "-"):
        op = advance()
        right = expression()
        return left + right if op == "+" else left - right
    return left


def term():
    left = factor()
    if peek() == "*":
        advance()
        return left * term()
    return left


def factor():
    token = advance()
    if token == "(":
        value = expression()
        advance()
        return value
    return int(token)


print(expression())
