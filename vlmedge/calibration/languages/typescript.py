"""TypeScript: JavaScript with annotations on parameters, returns, list locals and class fields."""

from __future__ import annotations

from vlmedge.calibration.languages import Language, register
from vlmedge.calibration.languages.javascript import JavaScriptSyntax
from vlmedge.calibration.program import ClassDef, T


class TypeScriptSyntax(JavaScriptSyntax):
    types = {T.INT: "number", T.FLOAT: "number", T.STR: "string", T.BOOL: "boolean", T.INTS: "number[]",
             T.VOID: "void"}

    def field_decls(self, c: ClassDef) -> list[str]:
        return [f"private {self.field_name(n)}{self.annotate(t)};" for n, t in c.fields] + [""]


register(Language("typescript", "TypeScript", (".ts", ".tsx", ".mts"), "typescript", TypeScriptSyntax,
                  ("tree_sitter_typescript", "language_typescript"), tab_size=2))
