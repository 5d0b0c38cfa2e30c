"""Tree-sitter parsers per language: syntax checks for generated code, and cut points for real sources."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

from tree_sitter import Language as TSLanguage
from tree_sitter import Node, Parser

from vlmedge.calibration.languages import Language


@lru_cache(maxsize=None)
def parser_for(language: Language) -> Parser:
    module_name, function_name = language.tree_sitter
    grammar = getattr(importlib.import_module(module_name), function_name)()
    return Parser(TSLanguage(grammar))


def _strip_php_tag(language: Language, code: str) -> tuple[str, int]:
    # The php_only grammar parses PHP without the `<?php` opening tag; blank it out, keeping line numbers.
    if language.name == "php" and code.startswith("<?php"):
        return " " * len("<?php") + code[len("<?php"):], 0
    return code, 0


def syntax_errors(language: Language, code: str) -> list[tuple[int, int]]:
    """(line, column) of every ERROR or MISSING node; empty when the code parses cleanly."""
    text, _ = _strip_php_tag(language, code)
    tree = parser_for(language).parse(text.encode("utf-8"))
    errors: list[tuple[int, int]] = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            errors.append(node.start_point)
        elif node.has_error:
            stack.extend(node.children)
    return sorted(errors)


@dataclass(frozen=True)
class Span:
    """Lines [start, end) of a source file that hold whole syntax nodes."""

    start: int
    end: int


def statement_pieces(language: Language, code: str, max_lines: int) -> list[Span]:
    """Whole syntax nodes of at most `max_lines` lines, in order, not overlapping.

    A node that fits is kept whole (a function, a class, a statement); a larger one is split into its
    children, so every cut falls at a function or statement boundary. Nodes sharing a line are merged.
    """
    text, _ = _strip_php_tag(language, code)
    tree = parser_for(language).parse(text.encode("utf-8"))
    pieces: list[Span] = []
    # Iterative pre-order walk: real files (long expression chains, macro soup) nest deeper than Python's stack.
    stack: list[Node] = list(reversed(tree.root_node.named_children))
    while stack:
        node = stack.pop()
        start, end = node.start_point[0], node.end_point[0] + 1
        if end - start <= max_lines:
            if pieces and start < pieces[-1].end:
                pieces[-1] = Span(pieces[-1].start, max(end, pieces[-1].end))
            else:
                pieces.append(Span(start, end))
        else:
            stack.extend(reversed(node.named_children))
    return [p for p in pieces if p.end - p.start <= max_lines]


def grow_span(pieces: list[Span], first: int, target_lines: int) -> Span:
    """Join consecutive pieces from `pieces[first]` while the run stays within `target_lines` lines."""
    span = pieces[first]
    for piece in pieces[first + 1:]:
        if piece.end - span.start > target_lines:
            break
        span = Span(span.start, piece.end)
    return span
