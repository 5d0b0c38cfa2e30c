"""PHP 8: `$` variables, typed functions, `foreach ... as`, classes with typed properties."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import BraceSyntax
from vlmedge.calibration.program import Append, ClassDef, Comment, Decl, ForEach, ForRange, Function, Print, T, Unit

_TYPES = {T.INT: "int", T.FLOAT: "float", T.STR: "string", T.BOOL: "bool", T.INTS: "array", T.VOID: "void"}


class PhpSyntax(BraceSyntax):
    eq_op, ne_op = "===", "!=="

    def var(self, name: str) -> str:
        return "$" + super().var(name)

    def func_name(self, name: str) -> str:
        return super().var(name)

    def field_ref(self, name: str) -> str:
        return f"$this->{super().var(name)}"

    def self_call(self, method: str, args: str) -> str:
        return f"$this->{method}({args})"

    def empty_list(self) -> str:
        return "[]"

    def length(self, seq: str) -> str:
        return f"count({seq})"

    def minmax(self, op: str, left: str, right: str, type_: T) -> str:
        return f"{op}({left}, {right})"

    def decl(self, d: Decl) -> str:
        return f"{self.var(d.name)} = {self.expr(d.value)}"

    def stmt_forrange(self, s: ForRange) -> list[str]:
        i = self.var(s.var)
        header = f"for ({i} = {self.expr(s.start)}; {i} < {self.expr(s.stop)}; {i}++)"
        return self.braced(header, self.block(s.body))

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.braced(f"foreach ({self.expr(s.seq)} as {self.var(s.var)})", self.block(s.body))

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"echo {self.string(s.message)} . PHP_EOL;"]
        return [f"echo {self.string(s.message + ': ')} . {self.expr(s.value)} . PHP_EOL;"]

    def stmt_append(self, s: Append) -> list[str]:
        return [f"{self.target(s.seq)}[] = {self.expr(s.value)};"]

    def params(self, params: list[tuple[str, T]]) -> str:
        return ", ".join(f"{_TYPES[t]} {self.var(n)}" for n, t in params)

    def function(self, f: Function, visibility: str = "") -> list[str]:
        header = f"{visibility}function {self.func_name(f.name)}({self.params(f.params)}): {_TYPES[f.ret]}"
        return self.doc_lines(f.doc) + self.braced(header, self.function_body(f))

    def doc_lines(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return ["/**", f" * {text}", " */"]

    def class_def(self, c: ClassDef) -> list[str]:
        body = [f"private {_TYPES[t]} {self.var(n)};" for n, t in c.fields] + [""]
        assigns = [f"{self.field_ref(n)} = {self.var(n)};" for n, _ in c.fields]
        body += self.braced(f"public function __construct({self.params(c.fields)})", assigns)
        for method in c.methods:
            body += [""] + self.function(method, "public ")
        return self.doc_lines(c.doc) + self.braced(f"class {c.name}", body)

    def wrap_unit(self, chunks: list[list[str]], unit: Unit) -> str:
        text = super().wrap_unit(chunks, unit)
        return "<?php\n\n" + text if self.rng.random() < 0.4 else text


register(Language("php", "PHP", (".php",), "php", PhpSyntax, ("tree_sitter_php", "language_php_only")))
