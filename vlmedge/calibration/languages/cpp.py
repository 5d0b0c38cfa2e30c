"""C++: free functions and classes with trailing-underscore members, std::vector, iostream."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.base import BraceSyntax
from vlmedge.calibration.program import Append, ClassDef, Decl, ForEach, Function, Print, T

_TYPES = {T.INT: "int", T.FLOAT: "double", T.STR: "std::string", T.BOOL: "bool", T.INTS: "std::vector<int>",
          T.VOID: "void"}


class CppSyntax(BraceSyntax):
    def var(self, name: str) -> str:
        return name

    func_name = var

    def field_name(self, name: str) -> str:
        return name + "_"

    def field_ref(self, name: str) -> str:
        return self.field_name(name)

    def self_call(self, method: str, args: str) -> str:
        return f"{method}({args})"

    def empty_list(self) -> str:
        return "{}"

    def length(self, seq: str) -> str:
        return f"static_cast<int>({seq}.size())"

    def minmax(self, op: str, left: str, right: str, type_: T) -> str:
        return f"std::{op}({left}, {right})"

    def decl(self, d: Decl) -> str:
        if d.type is T.INTS:
            return f"std::vector<int> {d.name}"
        type_ = "auto" if d.type is not T.STR and self.rng.random() < 0.3 else _TYPES[d.type]
        return f"{type_} {d.name} = {self.expr(d.value)}"

    def stmt_foreach(self, s: ForEach) -> list[str]:
        return self.braced(f"for (int {s.var} : {self.expr(s.seq)})", self.block(s.body))

    def stmt_print(self, s: Print) -> list[str]:
        end = self.rng.choice(['"\\n"', "std::endl"])
        if s.value is None:
            return [f"std::cout << {self.string(s.message)} << {end};"]
        return [f"std::cout << {self.string(s.message + ': ')} << {self.expr(s.value)} << {end};"]

    def stmt_append(self, s: Append) -> list[str]:
        return [f"{self.target(s.seq)}.push_back({self.expr(s.value)});"]

    def param(self, name: str, type_: T) -> str:
        if type_ in (T.STR, T.INTS):
            return f"const {_TYPES[type_]}& {name}"
        return f"{_TYPES[type_]} {name}"

    def function(self, f: Function) -> list[str]:
        params = ", ".join(self.param(n, t) for n, t in f.params)
        const = " const" if f.is_method and not f.mutates_self else ""
        header = f"{_TYPES[f.ret]} {f.name}({params}){const}"
        return self.doc_lines(f.doc) + self.braced(header, self.function_body(f))

    def class_def(self, c: ClassDef) -> list[str]:
        params = ", ".join(self.param(n, t) for n, t in c.fields)
        inits = ", ".join(f"{self.field_name(n)}({n})" for n, _ in c.fields)
        body = ["public:", f"{c.name}({params}) : {inits} {{}}"]
        for method in c.methods:
            body += [""] + self.function(method)
        body += ["", "private:"] + [f"{_TYPES[t]} {self.field_name(n)};" for n, t in c.fields]
        lines = self.doc_lines(c.doc) + self.braced(f"class {c.name}", body)
        lines[-1] = "};"
        return lines


register(Language("cpp", "C++", (".cpp", ".cc", ".cxx", ".hpp", ".hh", ".hxx"), "cpp", CppSyntax,
                  ("tree_sitter_cpp", "language")))
