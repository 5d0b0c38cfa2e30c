"""C: structs with free functions taking `Self *self`, printf by type, arrays passed with their length."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import BraceSyntax
from vlmedge.calibration.program import Capabilities, ClassDef, Comment, Decl, ForEach, Function, Print, T

_TYPES = {T.INT: "int", T.FLOAT: "double", T.STR: "const char *", T.BOOL: "bool", T.VOID: "void"}
_FORMATS = {T.INT: "%d", T.FLOAT: "%.2f", T.STR: "%s", T.BOOL: "%d"}


def _typed(type_: T, name: str) -> str:
    text = _TYPES[type_]
    return f"{text}{name}" if text.endswith("*") else f"{text} {name}"


class CSyntax(BraceSyntax):
    # Arrays arrive as parameters with a length; C has no growable list to declare or append to.
    caps = Capabilities(lists=False, list_params=True)

    def var(self, name: str) -> str:
        return name

    func_name = var

    def length(self, seq: str) -> str:
        return f"{seq}_len"

    def minmax(self, op: str, left: str, right: str, type_: T) -> str:
        cmp = "<" if op == "min" else ">"
        return f"({left} {cmp} {right} ? {left} : {right})"

    def field_ref(self, name: str) -> str:
        return f"self->{name}"

    def self_call(self, method: str, args: str) -> str:
        assert self.cls is not None
        joined = f"self, {args}" if args else "self"
        return f"{self.cls.name.lower()}_{method}({joined})"

    def decl(self, d: Decl) -> str:
        return f"{_typed(d.type, d.name)} = {self.expr(d.value)}"

    def stmt_foreach(self, s: ForEach) -> list[str]:
        seq = self.expr(s.seq)
        body = [f"int {s.var} = {seq}[{s.var}_i];"] + self.block(s.body)
        return self.braced(f"for (size_t {s.var}_i = 0; {s.var}_i < {seq}_len; {s.var}_i++)", body)

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"printf({self.string(s.message + chr(10))});"]
        fmt = self.string(f"{s.message}: {_FORMATS[s.value.type]}\n")
        return [f"printf({fmt}, {self.expr(s.value)});"]

    def params(self, params: list[tuple[str, T]], receiver: str | None = None) -> str:
        out = [f"{receiver} *self"] if receiver else []
        for name, type_ in params:
            if type_ is T.INTS:
                out += [f"const int *{name}", f"size_t {name}_len"]
            else:
                out.append(_typed(type_, name))
        return ", ".join(out) or "void"

    def function(self, f: Function, receiver: str | None = None) -> list[str]:
        name = f"{receiver.lower()}_{f.name}" if receiver else f.name
        header = f"{_typed(f.ret, name)}({self.params(f.params, receiver)})"
        if not receiver and self.rng.random() < 0.3:
            header = "static " + header
        return self.doc_lines(f.doc) + self.braced(header, self.function_body(f))

    def doc_lines(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return [f"/* {text} */"]

    def class_def(self, c: ClassDef) -> list[str]:
        fields = [_typed(t, n) + ";" for n, t in c.fields]
        lines = self.doc_lines(c.doc) + self.braced("typedef struct", fields)
        lines[-1] = f"}} {c.name};"
        for method in c.methods:
            lines += [""] + self.function(method, receiver=c.name)
        return lines


register(Language("c", "C", (".c", ".h"), "c", CSyntax, ("tree_sitter_c", "language")))
