"""Printing the program IR as source code: the shared part of every language's Syntax.

A Syntax prints one `Unit` to source text. The base class owns precedence, literals and the statement
walk; a language overrides only what differs (declarations, loops, printing, classes). Stylistic choices
a real codebase would make once per file (indent width, brace placement, type hints) are drawn once per
unit from the rng passed in, so the dataset shows several house styles per language.
"""

from __future__ import annotations

import random
from typing import Union

from vlmedge.calibration.program import (
    Assign,
    BinOp,
    Break,
    Call,
    Capabilities,
    ClassDef,
    Comment,
    Compare,
    Decl,
    Expr,
    Field,
    ForRange,
    Function,
    If,
    Index,
    Length,
    Lit,
    Logic,
    MinMax,
    Name,
    Not,
    Return,
    Stmt,
    T,
    Unit,
    While,
)

# Binding strength of each operator; a child binding less tightly than its parent gets parentheses.
PRECEDENCE = {"or": 1, "and": 2, "not": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "==": 4, "!=": 4,
              "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}
ATOM = 10


def snake(name: str) -> str:
    return name


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


class Syntax:
    """Prints IR as source code; subclasses fill in the language."""

    caps = Capabilities()
    line_comment = "//"
    true, false = "true", "false"
    and_op, or_op, not_op = "&&", "||", "!"
    eq_op, ne_op = "==", "!="
    indent_choices: tuple[str, ...] = ("    ",)

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.indent_unit = rng.choice(self.indent_choices)
        self.cls: ClassDef | None = None  # the class whose methods are being printed
        self.func: Function | None = None

    # ---- naming ----
    def var(self, name: str) -> str:
        return camel(name)

    def func_name(self, name: str) -> str:
        return camel(name)

    def field_name(self, name: str) -> str:
        return self.var(name)

    # ---- expressions ----
    def string(self, value: str) -> str:
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return f'"{escaped}"'

    def float_lit(self, value: float) -> str:
        text = repr(float(value))
        return text if "." in text or "e" in text else text + ".0"

    def literal(self, lit: Lit) -> str:
        if lit.type is T.BOOL:
            return self.true if lit.value else self.false
        if lit.type is T.INT:
            return str(lit.value)
        if lit.type is T.FLOAT:
            return self.float_lit(lit.value)  # type: ignore[arg-type]
        if lit.type is T.STR:
            return self.string(lit.value)  # type: ignore[arg-type]
        if lit.type is T.INTS:
            return self.empty_list()
        raise ValueError(lit.type)

    def empty_list(self) -> str:
        raise NotImplementedError(f"{type(self).__name__} has no list literal")

    def name_ref(self, name: Name) -> str:
        return self.var(name.name)

    def field_ref(self, name: str) -> str:
        return f"this.{self.field_name(name)}"

    def binop(self, op: str, type_: T) -> str:
        return op

    def length(self, seq: str) -> str:
        raise NotImplementedError

    def index(self, seq: str, index: str) -> str:
        return f"{seq}[{index}]"

    def minmax(self, op: str, left: str, right: str, type_: T) -> str:
        return f"Math.{op}({left}, {right})"

    def call(self, call: Call) -> str:
        args = ", ".join(self.expr(a) for a in call.args)
        if call.on_self:
            return self.self_call(self.func_name(call.func), args)
        return f"{self.func_name(call.func)}({args})"

    def self_call(self, method: str, args: str) -> str:
        return f"this.{method}({args})"

    def expr(self, e: Expr, parent: int = 0, right_side: bool = False) -> str:
        text, prec = self._expr(e)
        # Parenthesize looser children, and equal-precedence right operands of - / % (a - (b - c)).
        if prec < parent or (right_side and prec == parent and prec < ATOM):
            return f"({text})"
        return text

    def _expr(self, e: Expr) -> tuple[str, int]:
        if isinstance(e, Name):
            return self.name_ref(e), ATOM
        if isinstance(e, Field):
            return self.field_ref(e.name), ATOM
        if isinstance(e, Lit):
            return self.literal(e), ATOM
        if isinstance(e, BinOp):
            p = PRECEDENCE[e.op]
            return (f"{self.expr(e.left, p)} {self.binop(e.op, e.type)} {self.expr(e.right, p, True)}", p)
        if isinstance(e, Compare):
            p = PRECEDENCE[e.op]
            op = {"==": self.eq_op, "!=": self.ne_op}.get(e.op, e.op)
            return f"{self.expr(e.left, p + 1)} {op} {self.expr(e.right, p + 1)}", p
        if isinstance(e, Logic):
            p = PRECEDENCE[e.op]
            op = self.and_op if e.op == "and" else self.or_op
            return f"{self.expr(e.left, p)} {op} {self.expr(e.right, p, True)}", p
        if isinstance(e, Not):
            return f"{self.not_op}{self.expr(e.operand, ATOM)}", PRECEDENCE["not"] if self.not_op == "not " else ATOM
        if isinstance(e, Length):
            return self.length(self.expr(e.seq, ATOM)), ATOM
        if isinstance(e, Index):
            return self.index(self.expr(e.seq, ATOM), self.expr(e.index)), ATOM
        if isinstance(e, MinMax):
            return self.minmax(e.op, self.expr(e.left), self.expr(e.right), e.type), ATOM
        if isinstance(e, Call):
            return self.call(e), ATOM
        raise TypeError(e)

    # ---- statements (return lines without the enclosing indent) ----
    def block(self, stmts: list[Stmt]) -> list[str]:
        lines: list[str] = []
        for stmt in stmts:
            lines.extend(self.stmt(stmt))
        return lines

    def indented(self, lines: list[str]) -> list[str]:
        return [self.indent_unit + line if line else line for line in lines]

    def stmt(self, s: Stmt) -> list[str]:
        if isinstance(s, Comment):
            return [f"{self.line_comment} {self.comment_text(s)}"]
        method = getattr(self, f"stmt_{type(s).__name__.lower()}")
        return method(s)

    def comment_text(self, comment: Comment) -> str:
        return comment.text(self.var)

    def target(self, t: Union[Name, Field]) -> str:
        return self.field_ref(t.name) if isinstance(t, Field) else self.name_ref(t)

    # ---- units ----
    def render(self, unit: Unit) -> str:
        chunks: list[list[str]] = []
        for item in unit.items:
            if isinstance(item, ClassDef):
                self.cls = item
                chunks.append(self.class_def(item))
                self.cls = None
            else:
                chunks.append(self.function(item))
        return self.wrap_unit(chunks, unit)

    def wrap_unit(self, chunks: list[list[str]], unit: Unit) -> str:
        lines: list[str] = []
        for chunk in chunks:
            if lines:
                lines.append("")
            lines.extend(chunk)
        return "\n".join(lines)

    def function(self, f: Function) -> list[str]:
        raise NotImplementedError

    def class_def(self, c: ClassDef) -> list[str]:
        raise NotImplementedError

    def doc_lines(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return [f"{self.line_comment} {text}"]


class BraceSyntax(Syntax):
    """C-family printing: `;` after statements, `{ }` around blocks, `if (cond)` headers."""

    statement_end = ";"
    cond_parens = True
    allman = False  # brace on its own line (C# house style)

    def open_block(self, header: str) -> list[str]:
        return [header, "{"] if self.allman else [header + " {"]

    def braced(self, header: str, body: list[str]) -> list[str]:
        return self.open_block(header) + self.indented(body) + ["}"]

    def cond(self, e: Expr) -> str:
        text = self.expr(e)
        return f"({text})" if self.cond_parens else text

    def decl(self, d: Decl) -> str:
        raise NotImplementedError

    def stmt_decl(self, s: Decl) -> list[str]:
        return [self.decl(s) + self.statement_end]

    def stmt_assign(self, s: Assign) -> list[str]:
        op = f"{self.binop(s.op, s.target.type)}=" if s.op else "="
        return [f"{self.target(s.target)} {op} {self.expr(s.value)}{self.statement_end}"]

    def stmt_if(self, s: If) -> list[str]:
        lines = self.braced(f"if {self.cond(s.cond)}", self.block(s.body))
        if s.orelse is not None:
            if self.allman:
                lines += ["else", "{"] + self.indented(self.block(s.orelse)) + ["}"]
            else:
                lines[-1] = "} else {"
                lines += self.indented(self.block(s.orelse)) + ["}"]
        return lines

    def stmt_while(self, s: While) -> list[str]:
        return self.braced(f"while {self.cond(s.cond)}", self.block(s.body))

    def stmt_forrange(self, s: ForRange) -> list[str]:
        i = self.var(s.var)
        header = (f"for ({self.loop_int()} {i} = {self.expr(s.start)}; {i} < {self.expr(s.stop, PRECEDENCE['<'] + 1)};"
                  f" {i}++)")
        return self.braced(header, self.block(s.body))

    def loop_int(self) -> str:
        return "int"

    def stmt_return(self, s: Return) -> list[str]:
        if s.value is None:
            return [f"return{self.statement_end}"]
        return [f"return {self.expr(s.value)}{self.statement_end}"]

    def stmt_break(self, s: Break) -> list[str]:
        return [f"break{self.statement_end}"]

    def function_body(self, f: Function) -> list[str]:
        self.func = f
        body = self.block(f.body)
        self.func = None
        return body
