"""Ruby: `def ... end`, blocks with `each`, string interpolation, `@` instance variables."""

from __future__ import annotations

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


class RubySyntax(Syntax):
    line_comment = "#"
    eq_op, ne_op = "==", "!="
    indent_choices = ("  ",)

    def var(self, name: str) -> str:
        return name

    func_name = var

    def field_ref(self, name: str) -> str:
        return f"@{name}"

    def self_call(self, method: str, args: str) -> str:
        return f"{method}({args})"

    def empty_list(self) -> str:
        return "[]"

    def length(self, seq: str) -> str:
        return f"{seq}.length"

    def minmax(self, op: str, left: str, right: str, type_: T) -> str:
        return f"[{left}, {right}].{op}"

    def ended(self, header: str, body: list[str]) -> list[str]:
        return [header] + self.indented(body) + ["end"]

    def stmt_decl(self, s: Decl) -> list[str]:
        return [f"{s.name} = {self.expr(s.value)}"]

    def stmt_assign(self, s: Assign) -> list[str]:
        op = f"{s.op}=" if s.op else "="
        return [f"{self.target(s.target)} {op} {self.expr(s.value)}"]

    def stmt_if(self, s: If) -> list[str]:
        lines = [f"if {self.expr(s.cond)}"] + self.indented(self.block(s.body))
        if s.orelse is not None:
            lines += ["else"] + self.indented(self.block(s.orelse))
        return lines + ["end"]

    def stmt_while(self, s: While) -> list[str]:
        return self.ended(f"while {self.expr(s.cond)}", self.block(s.body))

    def stmt_forrange(self, s: ForRange) -> list[str]:
        start = self.expr(s.start)
        if isinstance(s.start, Lit) and s.start.value == 0 and self.rng.random() < 0.5:
            return self.ended(f"{self.expr(s.stop, 10)}.times do |{s.var}|", self.block(s.body))
        return self.ended(f"({start}...{self.expr(s.stop)}).each do |{s.var}|", self.block(s.body))

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.ended(f"{self.expr(s.seq)}.each do |{s.var}|", self.block(s.body))

    def stmt_return(self, s: Return) -> list[str]:
        return ["return" if s.value is None else f"return {self.expr(s.value)}"]

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"puts {self.string(s.message)}"]
        return [f'puts "{s.message}: #{{{self.expr(s.value)}}}"']

    def stmt_append(self, s: Append) -> list[str]:
        return [f"{self.target(s.seq)} << {self.expr(s.value)}"]

    def stmt_break(self, s: Break) -> list[str]:
        return ["break"]

    def function(self, f: Function) -> list[str]:
        params = f"({', '.join(n for n, _ in f.params)})" if f.params else ""
        return self.doc_lines(f.doc) + self.ended(f"def {f.name}{params}", self.block(f.body))

    def doc_lines(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return [f"# {text}"]

    def class_def(self, c: ClassDef) -> list[str]:
        names = [n for n, _ in c.fields]
        body = [f"attr_reader {', '.join(':' + n for n in names)}", ""]
        body += self.ended(f"def initialize({', '.join(names)})", [f"@{n} = {n}" for n in names])
        for method in c.methods:
            body += [""] + self.function(method)
        return self.doc_lines(c.doc) + self.ended(f"class {c.name}", body)


register(Language("ruby", "Ruby", (".rb",), "ruby", RubySyntax, ("tree_sitter_ruby", "language")))
