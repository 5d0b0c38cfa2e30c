"""The language registry and the program generator: coverage, and code that parses in each language."""

from __future__ import annotations

import ast
import random

import pytest

from vlmedge.calibration import words
from vlmedge.calibration.languages import all_languages, get_language, language_for_path
from vlmedge.calibration.parsing import syntax_errors
from vlmedge.calibration.program import ProgramGenerator
from vlmedge.errors import VlmedgeError

REQUIRED = {"python", "java", "c", "cpp", "javascript", "typescript", "go", "rust", "csharp", "kotlin", "php",
            "ruby"}


def generate(language_name: str, seed: int, natural: str = "en", size: int = 2) -> str:
    language = get_language(language_name)
    rng = random.Random(seed)
    syntax = language.syntax(rng)
    return syntax.render(ProgramGenerator(rng, syntax.caps, natural, size).unit())


def test_registry_covers_the_twelve_languages() -> None:
    assert REQUIRED <= set(all_languages())


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_generated_code_parses(name: str) -> None:
    language = get_language(name)
    for seed in range(120):
        natural = list(words.COMMENTS)[seed % len(words.COMMENTS)]
        code = generate(name, seed, natural, 1 + seed % 3)
        errors = syntax_errors(language, code)
        assert not errors, f"seed {seed}: syntax errors at {errors}\n{code}"


def test_generated_python_compiles_with_cpython() -> None:
    for seed in range(300):
        ast.parse(generate("python", seed, size=1 + seed % 3))


def test_syntax_check_catches_broken_code() -> None:
    # The check above must be able to fail: a missing brace and a bad indent are reported.
    assert syntax_errors(get_language("java"), "class A { void f() { int x = 1; }")
    assert syntax_errors(get_language("rust"), "fn f() -> i64 { let x = ; x }")


def test_generated_code_has_the_promised_constructs() -> None:
    seen = {"loop": False, "if": False, "class": False, "zh_comment": False}
    for seed in range(200):
        code = generate("java", seed, natural="zh" if seed % 2 else "en", size=3)
        seen["loop"] |= "for (" in code or "while (" in code
        seen["if"] |= "if (" in code
        seen["class"] |= "private " in code
        seen["zh_comment"] |= any("\u4e00" <= ch <= "\u9fff" for ch in code)
    assert all(seen.values()), seen


def test_unknown_language_lists_supported() -> None:
    with pytest.raises(VlmedgeError, match="supported languages are c, cpp, csharp"):
        get_language("cobol")


def test_extension_lookup() -> None:
    assert language_for_path("a/b/Main.KT").name == "kotlin"
    assert language_for_path("x.tsx").name == "typescript"
    assert language_for_path("notes.txt") is None


def test_statement_pieces_survive_deep_nesting() -> None:
    from vlmedge.calibration.parsing import statement_pieces

    # 3,000 nested binary operations span 30 lines: deeper than Python's recursion limit.
    deep = "int x =\n" + "\n".join(" + ".join("1" for _ in range(100)) + " +" for _ in range(30)) + " 1;\n"
    deep += "\n".join(f"int f{i}(void) {{ return {i}; }}" for i in range(5))
    pieces = statement_pieces(get_language("c"), deep, max_lines=4)
    assert [p.start for p in pieces][-5:] == list(range(31, 36))
