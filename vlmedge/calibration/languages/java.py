"""Java: functions become static methods of a utility class, since a compilation unit holds only types."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import BraceSyntax
from vlmedge.calibration.program import Append, ClassDef, Comment, Decl, ForEach, Function, Print, T, Unit

_TYPES = {T.INT: "int", T.FLOAT: "double", T.STR: "String", T.BOOL: "boolean", T.INTS: "List<Integer>",
          T.VOID: "void"}
_UTILITY_CLASSES = ("Utils", "Helpers", "Solution", "Main", "MathUtils", "Grader", "Program")


class JavaSyntax(BraceSyntax):
    types = _TYPES

    def empty_list(self) -> str:
        return "new ArrayList<>()"

    def length(self, seq: str) -> str:
        return f"{seq}.size()"

    def index(self, seq: str, index: str) -> str:
        return f"{seq}.get({index})"

    def decl(self, d: Decl) -> str:
        type_ = "var" if d.type is not T.INTS and self.rng.random() < 0.2 else self.types[d.type]
        return f"{type_} {self.var(d.name)} = {self.expr(d.value)}"

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.braced(f"for (int {self.var(s.var)} : {self.expr(s.seq)})", self.block(s.body))

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"System.out.println({self.string(s.message)});"]
        return [f"System.out.println({self.string(s.message + ': ')} + {self.expr(s.value)});"]

    def stmt_append(self, s: Append) -> list[str]:
        return [f"{self.target(s.seq)}.add({self.expr(s.value)});"]

    def params(self, f: Function) -> str:
        return ", ".join(f"{self.types[t]} {self.var(n)}" for n, t in f.params)

    def function(self, f: Function, modifiers: str = "public static") -> list[str]:
        header = f"{modifiers} {self.types[f.ret]} {self.func_name(f.name)}({self.params(f)})"
        return self.doc_lines(f.doc) + self.braced(header, self.function_body(f))

    def doc_lines(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return ["/**", f" * {text}", " */"]

    def field_decl(self, name: str, type_: T) -> str:
        return f"private {self.types[type_]} {self.field_name(name)};"

    def ctor_assign(self, name: str) -> str:
        return f"this.{self.field_name(name)} = {self.var(name)};"

    def class_def(self, c: ClassDef) -> list[str]:
        body = [self.field_decl(n, t) for n, t in c.fields] + [""]
        ctor = Function(c.name, list(c.fields), T.VOID, [])
        assigns = [self.ctor_assign(n) for n, _ in c.fields]
        body += self.braced(f"public {c.name}({self.params(ctor)})", assigns)
        for method in c.methods:
            body += [""] + self.function(method, "public")
        return self.doc_lines(c.doc) + self.braced(f"public class {c.name}", body)

    def wrap_unit(self, chunks: list[list[str]], unit: Unit) -> str:
        if isinstance(unit.items[0], ClassDef):
            return super().wrap_unit(chunks, unit)
        inner = super().wrap_unit(chunks, unit).split("\n")
        name = self.rng.choice(_UTILITY_CLASSES)
        return "\n".join(self.braced(f"public class {name}", inner))


register(Language("java", "Java", (".java",), "java", JavaSyntax, ("tree_sitter_java", "language")))
