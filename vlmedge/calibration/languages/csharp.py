"""C#: Java's shape (utility class, fields, constructor) with Allman braces, PascalCase methods, .NET APIs."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import pascal
from vlmedge.calibration.languages.java import JavaSyntax
from vlmedge.calibration.program import Append, Comment, Decl, ForEach, Print, T

_TYPES = {T.INT: "int", T.FLOAT: "double", T.STR: "string", T.BOOL: "bool", T.INTS: "List<int>",
          T.VOID: "void"}


class CSharpSyntax(JavaSyntax):
    allman = True
    types = _TYPES

    def func_name(self, name: str) -> str:
        return pascal(name)

    def field_name(self, name: str) -> str:
        return "_" + self.var(name)

    def field_ref(self, name: str) -> str:
        return self.field_name(name)

    def self_call(self, method: str, args: str) -> str:
        return f"{method}({args})"

    def empty_list(self) -> str:
        return "new List<int>()"

    def length(self, seq: str) -> str:
        return f"{seq}.Count"

    def index(self, seq: str, index: str) -> str:
        return f"{seq}[{index}]"

    def decl(self, d: Decl) -> str:
        type_ = "var" if self.rng.random() < 0.4 else _TYPES[d.type]
        return f"{type_} {self.var(d.name)} = {self.expr(d.value)}"

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.braced(f"foreach (var {self.var(s.var)} in {self.expr(s.seq)})", self.block(s.body))

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"Console.WriteLine({self.string(s.message)});"]
        return [f'Console.WriteLine($"{s.message}: {{{self.expr(s.value)}}}");']

    def stmt_append(self, s: Append) -> list[str]:
        return [f"{self.target(s.seq)}.Add({self.expr(s.value)});"]

    def doc_lines(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return ["/// <summary>", f"/// {text}", "/// </summary>"]

    def ctor_assign(self, name: str) -> str:
        return f"{self.field_name(name)} = {self.var(name)};"


register(Language("csharp", "C#", (".cs",), "csharp", CSharpSyntax, ("tree_sitter_c_sharp", "language")))
