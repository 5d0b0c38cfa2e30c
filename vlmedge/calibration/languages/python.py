"""Python: indentation blocks, optional type hints (drawn once per unit), snake_case."""

from __future__ import annotations

import random

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import Syntax
from vlmedge.calibration.program import (
    Append,
    Assign,
    Break,
    ClassDef,
    Comment,
    Decl,
    ForEach,
    ForRange,
    Function,
    If,
    Lit,
    Print,
    Return,
    T,
    While,
)

_HINTS = {T.INT: "int", T.FLOAT: "float", T.STR: "str", T.BOOL: "bool", T.INTS: "list[int]", T.VOID: "None"}


class PythonSyntax(Syntax):
    line_comment = "#"
    true, false = "True", "False"
    and_op, or_op, not_op = "and", "or", "not "

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.hints = rng.random() < 0.6
        self.fstrings = rng.random() < 0.6

    def var(self, name: str) -> str:
        return name

    func_name = var

    def empty_list(self) -> str:
        return "[]"

    def field_ref(self, name: str) -> str:
        return f"self.{name}"

    def self_call(self, method: str, args: str) -> str:
        return f"self.{method}({args})"

    def binop(self, op: str, type_: T) -> str:
        return "//" if op == "/" and type_ is T.INT else op

    def length(self, seq: str) -> str:
        return f"len({seq})"

    def minmax(self, op: str, left: str, right: str, type_: T) -> str:
        return f"{op}({left}, {right})"

    def suite(self, header: str, body: list[str]) -> list[str]:
        if all(line.lstrip().startswith("#") for line in body):  # comments alone are not a block
            body = body + ["pass"]
        return [header + ":"] + self.indented(body)

    def stmt_decl(self, s: Decl) -> list[str]:
        hint = f": {_HINTS[s.type]}" if self.hints and s.type is T.INTS else ""
        return [f"{s.name}{hint} = {self.expr(s.value)}"]

    def stmt_assign(self, s: Assign) -> list[str]:
        op = f"{self.binop(s.op, s.target.type)}=" if s.op else "="
        return [f"{self.target(s.target)} {op} {self.expr(s.value)}"]

    def stmt_if(self, s: If) -> list[str]:
        lines = self.suite(f"if {self.expr(s.cond)}", self.block(s.body))
        if s.orelse is not None:
            lines += self.suite("else", self.block(s.orelse))
        return lines

    def stmt_while(self, s: While) -> list[str]:
        return self.suite(f"while {self.expr(s.cond)}", self.block(s.body))

    def stmt_forrange(self, s: ForRange) -> list[str]:
        stop = self.expr(s.stop)
        bounds = stop if isinstance(s.start, Lit) and s.start.value == 0 else f"{self.expr(s.start)}, {stop}"
        return self.suite(f"for {s.var} in range({bounds})", self.block(s.body))

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.suite(f"for {s.var} in {self.expr(s.seq)}", self.block(s.body))

    def stmt_return(self, s: Return) -> list[str]:
        return ["return" if s.value is None else f"return {self.expr(s.value)}"]

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"print({self.string(s.message)})"]
        if self.fstrings:
            return [f'print(f"{s.message}: {{{self.expr(s.value)}}}")']
        return [f"print({self.string(s.message + ':')}, {self.expr(s.value)})"]

    def stmt_append(self, s: Append) -> list[str]:
        return [f"{self.target(s.seq)}.append({self.expr(s.value)})"]

    def stmt_break(self, s: Break) -> list[str]:
        return ["break"]

    def signature(self, f: Function, receiver: bool) -> str:
        params = ["self"] if receiver else []
        for name, type_ in f.params:
            params.append(f"{name}: {_HINTS[type_]}" if self.hints else name)
        ret = f" -> {_HINTS[f.ret]}" if self.hints else ""
        return f"def {f.name}({', '.join(params)}){ret}"

    def function(self, f: Function, receiver: bool = False) -> list[str]:
        body = self.docstring(f.doc) + self.block(f.body)
        return self.suite(self.signature(f, receiver), body)

    def docstring(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return [f'"""{text[0].upper()}{text[1:]}."""']

    def class_def(self, c: ClassDef) -> list[str]:
        init = Function("__init__", list(c.fields), T.VOID, [])
        init_lines = self.suite(self.signature(init, True), [f"self.{n} = {n}" for n, _ in c.fields])
        body: list[str] = self.docstring(c.doc) + init_lines
        for method in c.methods:
            body += [""] + self.function(method, receiver=True)
        return [f"class {c.name}:"] + self.indented(body)


register(Language("python", "Python", (".py", ".pyw"), "python", PythonSyntax,
                  ("tree_sitter_python", "language")))
