"""Monospace character cells: East Asian wide and fullwidth characters take two cells, every other one one."""

from __future__ import annotations

import unicodedata


def is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def display_width(line: str) -> int:
    """Cells a line takes on a monospace grid."""
    return sum(2 if is_wide(char) else 1 for char in line)
