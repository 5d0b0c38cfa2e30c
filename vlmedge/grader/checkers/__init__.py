"""Output checkers, one module per rule (DMOJ's layout): `exact`, `tokens`, `float:TOLERANCE`,
`unordered-lines`. Each module defines `check(expected, actual, argument) -> str | None`: None when the output
is accepted, else one sentence saying where it differs."""

from __future__ import annotations

import importlib
from typing import Callable

Check = Callable[[str, str, str], "str | None"]
MODULES = {"exact": "exact", "tokens": "tokens", "float": "floats", "unordered-lines": "unordered_lines"}


def get_checker(spec: str) -> Callable[[str, str], str | None]:
    """The checker a problem names (validated by its schema): `float:1e-6` takes its tolerance as argument."""
    name, _, argument = spec.partition(":")
    check: Check = importlib.import_module(f"{__name__}.{MODULES[name]}").check
    return lambda expected, actual: check(expected, actual, argument)
