"""Go: tab indentation (expanded when drawn), `:=`, range loops, structs with pointer-receiver methods."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import PRECEDENCE, BraceSyntax, pascal
from vlmedge.calibration.program import Append, ClassDef, Decl, ForEach, ForRange, Function, Print, T, While

_TYPES = {T.INT: "int", T.FLOAT: "float64", T.STR: "string", T.BOOL: "bool", T.INTS: "[]int", T.VOID: ""}


class GoSyntax(BraceSyntax):
    statement_end = ""
    cond_parens = False
    indent_choices = ("\t",)

    def func_name(self, name: str) -> str:
        # Exported (capitalized) or package-private, as real Go packages mix them.
        return pascal(name) if len(name) % 2 else super().func_name(name)

    def field_ref(self, name: str) -> str:
        return f"{self.receiver()}.{self.field_name(name)}"

    def receiver(self) -> str:
        assert self.cls is not None
        return self.cls.name[0].lower()

    def self_call(self, method: str, args: str) -> str:
        return f"{self.receiver()}.{method}({args})"

    def empty_list(self) -> str:
        return "[]int{}"

    def length(self, seq: str) -> str:
        return f"len({seq})"

    def minmax(self, op: str, left: str, right: str, type_: T) -> str:
        return f"{op}({left}, {right})"

    def decl(self, d: Decl) -> str:
        if self.rng.random() < 0.2:
            return f"var {self.var(d.name)} {_TYPES[d.type]} = {self.expr(d.value)}"
        return f"{self.var(d.name)} := {self.expr(d.value)}"

    def stmt_forrange(self, s: ForRange) -> list[str]:
        i = self.var(s.var)
        stop = self.expr(s.stop, PRECEDENCE["<"] + 1)
        return self.braced(f"for {i} := {self.expr(s.start)}; {i} < {stop}; {i}++", self.block(s.body))

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.braced(f"for _, {self.var(s.var)} := range {self.expr(s.seq)}", self.block(s.body))

    def stmt_while(self, s: While) -> list[str]:
        return self.braced(f"for {self.cond(s.cond)}", self.block(s.body))

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"fmt.Println({self.string(s.message)})"]
        return [f"fmt.Println({self.string(s.message + ':')}, {self.expr(s.value)})"]

    def stmt_append(self, s: Append) -> list[str]:
        seq = self.target(s.seq)
        return [f"{seq} = append({seq}, {self.expr(s.value)})"]

    def function(self, f: Function) -> list[str]:
        params = ", ".join(f"{self.var(n)} {_TYPES[t]}" for n, t in f.params)
        ret = f" {_TYPES[f.ret]}" if f.ret is not T.VOID else ""
        receiver = f"({self.receiver()} *{self.cls.name}) " if f.is_method and self.cls else ""
        header = f"func {receiver}{self.func_name(f.name)}({params}){ret}"
        return self.doc_lines(f.doc) + self.braced(header, self.function_body(f))

    def class_def(self, c: ClassDef) -> list[str]:
        fields = [f"{self.field_name(n)} {_TYPES[t]}" for n, t in c.fields]
        lines = self.doc_lines(c.doc) + self.braced(f"type {c.name} struct", fields)
        for method in c.methods:
            lines += [""] + self.function(method)
        return lines


register(Language("go", "Go", (".go",), "go", GoSyntax, ("tree_sitter_go", "language")))
