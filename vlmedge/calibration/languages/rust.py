"""Rust: `let`/`let mut`, i64/f64, Vec, struct + impl with `&self`/`&mut self`, println!."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import PRECEDENCE, BraceSyntax
from vlmedge.calibration.program import Append, ClassDef, Comment, Decl, ForEach, ForRange, Function, Print, T

_TYPES = {T.INT: "i64", T.FLOAT: "f64", T.STR: "String", T.BOOL: "bool", T.INTS: "Vec<i64>", T.VOID: "()"}
_PARAM_TYPES = {**_TYPES, T.STR: "&str", T.INTS: "&[i64]"}


class RustSyntax(BraceSyntax):
    cond_parens = False

    def var(self, name: str) -> str:
        return name

    func_name = var

    def field_ref(self, name: str) -> str:
        return f"self.{name}"

    def self_call(self, method: str, args: str) -> str:
        return f"self.{method}({args})"

    def empty_list(self) -> str:
        return "Vec::new()"

    def length(self, seq: str) -> str:
        return f"{seq}.len() as i64"

    def index(self, seq: str, index: str) -> str:
        return f"{seq}[{index} as usize]"

    def minmax(self, op: str, left: str, right: str, type_: T) -> str:
        return f"{left}.{op}({right})"

    def decl(self, d: Decl) -> str:
        keyword = "let mut" if d.mutable else "let"
        annotation = f": {_TYPES[d.type]}" if d.type is T.INTS else ""
        return f"{keyword} {d.name}{annotation} = {self.expr(d.value)}"

    def stmt_forrange(self, s: ForRange) -> list[str]:
        stop = self.expr(s.stop, PRECEDENCE["<"] + 1)
        return self.braced(f"for {s.var} in {self.expr(s.start)}..{stop}", self.block(s.body))

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.braced(f"for &{s.var} in {self.expr(s.seq)}.iter()", self.block(s.body))

    def stmt_print(self, s: Print) -> list[str]:
        if s.value is None:
            return [f"println!({self.string(s.message)});"]
        return [f"println!({self.string(s.message + ': {}')}, {self.expr(s.value)});"]

    def stmt_append(self, s: Append) -> list[str]:
        return [f"{self.target(s.seq)}.push({self.expr(s.value)});"]

    def function(self, f: Function) -> list[str]:
        params = [("&mut self" if f.mutates_self else "&self")] if f.is_method else []
        params += [f"{n}: {_PARAM_TYPES[t]}" for n, t in f.params]
        ret = f" -> {_TYPES[f.ret]}" if f.ret is not T.VOID else ""
        visibility = "pub " if f.is_method or self.rng.random() < 0.4 else ""
        header = f"{visibility}fn {f.name}({', '.join(params)}){ret}"
        return self.doc_lines(f.doc) + self.braced(header, self.function_body(f))

    def doc_lines(self, doc: Comment | None) -> list[str]:
        if doc is None:
            return []
        text = self.comment_text(doc)
        return [f"/// {text}"]

    def class_def(self, c: ClassDef) -> list[str]:
        fields = [f"{n}: {_TYPES[t]}," for n, t in c.fields]
        lines = self.doc_lines(c.doc) + self.braced(f"pub struct {c.name}", fields) + [""]
        params = ", ".join(f"{n}: {_PARAM_TYPES[t]}" for n, t in c.fields)
        inits = ", ".join(self.owned_init(n, t) for n, t in c.fields)
        body = self.braced(f"pub fn new({params}) -> Self", [f"Self {{ {inits} }}"])
        for method in c.methods:
            body += [""] + self.function(method)
        return lines + self.braced(f"impl {c.name}", body)

    @staticmethod
    def owned_init(name: str, type_: T) -> str:
        if type_ is T.STR:
            return f"{name}: {name}.to_string()"
        if type_ is T.INTS:
            return f"{name}: {name}.to_vec()"
        return name


register(Language("rust", "Rust", (".rs",), "rust", RustSyntax, ("tree_sitter_rust", "language")))
