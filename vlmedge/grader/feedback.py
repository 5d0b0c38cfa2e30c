"""Feedback a student can act on: compiler and runtime messages whose line numbers point into the code that was
graded, a short diff of expected against actual output, and a syntax check that names the line before
compiling."""

from __future__ import annotations

import difflib
import re

from vlmedge.grader.executors.base import Program

MESSAGE_LINES = 12  # of a compiler's or runtime's output, shown per test
SHOWN_CHARS = 400  # of an input, expected or actual output
# A file name of ours followed by a line number (gcc `main.c:12:5`, rustc `main.rs:3:5`, mcs/tsc `main.cs(3,5)`,
# javac `Main.java:5`, node `/box/main.js:3`), or Python's and PHP's `line 12`.
_AT_FILE = re.compile(r"(?:/box/|\./)?(?P<file>\b(?:main|Main|out/main)\.\w+|\b[A-Z]\w*\.java)(?P<sep>[:(])"
                      r"(?P<line>\d+)")
_AT_LINE = re.compile(r"\b(?P<word>line) (?P<line>\d+)")


def map_lines(text: str, program: Program) -> str:
    """`text` with every line number moved from the program the grader ran to the submission: minus the
    lines put before it; a line in a code test's own code is said to be in the test."""

    def where(line: int) -> str:
        if program.test_line is not None and line >= program.test_line:
            return f"{line - program.test_line + 1} of the test code"
        return str(max(1, line - program.line_offset))

    text = _AT_FILE.sub(lambda m: f"{m['file'].removeprefix('out/')}{m['sep']}{where(int(m['line']))}", text)
    text = _AT_LINE.sub(lambda m: f"{m['word']} {where(int(m['line']))}", text)
    return text.replace("/box/", "")


def clip(text: str, limit: int = SHOWN_CHARS) -> str:
    return text if len(text) <= limit else text[:limit] + f"... ({len(text) - limit} more characters)"


def tail(text: str, lines: int = MESSAGE_LINES) -> str:
    kept = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(kept[-lines:])


def head(text: str, lines: int = MESSAGE_LINES) -> str:
    kept = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(kept[:lines]) + (f"\n... ({len(kept) - lines} more lines)" if len(kept) > lines else "")


def output_diff(expected: str, actual: str, lines: int = 8) -> str:
    """The first differing lines, unified-diff style."""
    diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "expected", "actual", lineterm="", n=1)
    return "\n".join(list(diff)[2:2 + lines])


def syntax_notes(language: str, code: str) -> list[str]:
    """Where tree-sitter cannot parse the code (line numbers from 1), as notes for the student."""
    from vlmedge.calibration.languages import get_language
    from vlmedge.calibration.parsing import syntax_errors

    errors = syntax_errors(get_language(language), code)
    lines = code.splitlines()
    notes = []
    for line, column in errors[:3]:
        shown = lines[line].strip()[:80] if line < len(lines) else ""
        notes.append(f"syntax: line {line + 1}, column {column + 1} does not parse as {language}: {shown!r}")
    return notes
