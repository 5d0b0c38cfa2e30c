import re

tokens = re.findall(r"\d+|[-+*()]", input())
pos = 0


def operand():
    global pos
    token = tokens[pos]
    pos += 1
    if token == "(":
        value = evaluate()
        pos += 1  # skip ")"
        return value
    return int(token)


def evaluate():
    """Apply the operators one after another, from left to right."""
    global pos
    value = operand()
    while pos < len(tokens) and tokens[pos] != ")":
        op = tokens[pos]
        pos += 1
        right = operand()
        if op == "+":
            value += right
        elif op == "-":
            value -= right
        else:
            value *= right
    return value


print(evaluate())
