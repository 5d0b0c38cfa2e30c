"""Kotlin: `val`/`var`, `until` ranges, string templates, classes with primary-constructor properties."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import PRECEDENCE, BraceSyntax
from vlmedge.calibration.program import Append, ClassDef, Comment, Decl, ForEach, ForRange, Function, Print, T

_TYPES = {T.INT: "Int", T.FLOAT: "Double", T.STR: "String", T.BOOL: "Boolean", T.INTS: "MutableList<Int>",
          T.VOID: "Unit"}


class KotlinSyntax(BraceSyntax):
    statement_end = ""

    def field_ref(self, name: str) -> str:
        return self.field_name(name)

    def self_call(self, method: str, args: str) -> str:
        return f"{method}({args})"

    def empty_list(self) -> str:
        return "mutableListOf<Int>()"

    def length(self, seq: str) -> str:
        return f"{seq}.size"

    def minmax(self, op: str, left: str, right: str, type_: T) -> str:
        return f"{op}Of({left}, {right})"

    def decl(self, d: Decl) -> str:
        keyword = "var" if d.mutable else "val"
        annotation = f": {_TYPES[d.type]}" if self.rng.random() < 0.3 else ""
        return f"{keyword} {self.var(d.name)}{annotation} = {self.expr(d.value)}"

    def stmt_forrange(self, s: ForRange) -> list[str]:
        stop = self.expr(s.stop, PRECEDENCE["<"] + 1)
        return self.braced(f"for ({self.var(s.var)} in {self.expr(s.start)} until {stop})", self.block(s.body))

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.braced(f"for ({self.var(s.var)} in {self.expr(s.seq)})", self.block(s.body))

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"println({self.string(s.message)})"]
        return [f'println("{s.message}: ${{{self.expr(s.value)}}}")']

    def stmt_append(self, s: Append) -> list[str]:
        return [f"{self.target(s.seq)}.add({self.expr(s.value)})"]

    def function(self, f: Function) -> list[str]:
        params = ", ".join(f"{self.var(n)}: {_TYPES[t]}" for n, t in f.params)
        ret = f": {_TYPES[f.ret]}" if f.ret is not T.VOID else ""
        header = f"fun {self.func_name(f.name)}({params}){ret}"
        return self.doc_lines(f.doc) + self.braced(header, self.function_body(f))

    def doc_lines(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return ["/**", f" * {text}", " */"]

    def class_def(self, c: ClassDef) -> list[str]:
        props = ", ".join(f"private var {self.field_name(n)}: {_TYPES[t]}" for n, t in c.fields)
        body: list[str] = []
        for method in c.methods:
            body += ([""] if body else []) + self.function(method)
        return self.doc_lines(c.doc) + self.braced(f"class {c.name}({props})", body)


register(Language("kotlin", "Kotlin", (".kt", ".kts"), "kotlin", KotlinSyntax, ("tree_sitter_kotlin", "language")))
