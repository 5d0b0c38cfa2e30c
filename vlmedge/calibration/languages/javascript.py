"""JavaScript: `function` declarations and ES classes; `let`/`const`, strict equality, 2- or 4-space indent."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import BraceSyntax
from vlmedge.calibration.program import Append, ClassDef, Comment, Decl, ForEach, Function, Print, T

_NO_TYPES = {t: "" for t in T}


class JavaScriptSyntax(BraceSyntax):
    eq_op, ne_op = "===", "!=="
    indent_choices = ("  ", "    ")
    # TypeScript fills these in; JavaScript prints no annotations.
    types = _NO_TYPES

    def annotate(self, type_: T) -> str:
        return f": {self.types[type_]}" if self.types[type_] else ""

    def empty_list(self) -> str:
        return "[]"

    def length(self, seq: str) -> str:
        return f"{seq}.length"

    def decl(self, d: Decl) -> str:
        keyword = "let" if d.mutable else "const"
        annotation = self.annotate(d.type) if d.type is T.INTS else ""
        return f"{keyword} {self.var(d.name)}{annotation} = {self.expr(d.value)}"

    def loop_int(self) -> str:
        return "let"

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.braced(f"for (const {self.var(s.var)} of {self.expr(s.seq)})", self.block(s.body))

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"console.log({self.string(s.message)});"]
        return [f"console.log({self.string(s.message + ':')}, {self.expr(s.value)});"]

    def stmt_append(self, s: Append) -> list[str]:
        return [f"{self.target(s.seq)}.push({self.expr(s.value)});"]

    def params(self, params: list[tuple[str, T]]) -> str:
        return ", ".join(f"{self.var(n)}{self.annotate(t)}" for n, t in params)

    def function(self, f: Function, method: bool = False) -> list[str]:
        head = "" if method else "function "
        header = f"{head}{self.func_name(f.name)}({self.params(f.params)}){self.annotate(f.ret)}"
        return self.doc_lines(f.doc) + self.braced(header, self.function_body(f))

    def doc_lines(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return ["/**", f" * {text}", " */"]

    def field_decls(self, c: ClassDef) -> list[str]:
        return []

    def class_def(self, c: ClassDef) -> list[str]:
        assigns = [f"this.{self.field_name(n)} = {self.var(n)};" for n, _ in c.fields]
        body = self.field_decls(c) + self.braced(f"constructor({self.params(c.fields)})", assigns)
        for method in c.methods:
            body += [""] + self.function(method, method=True)
        return self.doc_lines(c.doc) + self.braced(f"class {c.name}", body)


register(Language("javascript", "JavaScript", (".js", ".mjs", ".cjs", ".jsx"), "javascript", JavaScriptSyntax,
                  ("tree_sitter_javascript", "language"), tab_size=2))
