"""Tokens, where numbers match within an absolute or relative tolerance (`float:1e-6`)."""

from __future__ import annotations

import math


def _number(token: str) -> float | None:
    try:
        value = float(token)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def check(expected: str, actual: str, argument: str = "1e-6") -> str | None:
    tolerance = float(argument or "1e-6")
    want, got = expected.split(), actual.split()
    for number, (a, b) in enumerate(zip(want, got, strict=False), start=1):
        x, y = _number(a), _number(b)
        if x is not None and y is not None:
            if abs(x - y) > tolerance * max(1.0, abs(x)):
                return f"number {number} is {b[:40]}, expected {a} (tolerance {tolerance:g})"
        elif a != b:
            return f"token {number} is {b[:40]!r}, expected {a[:40]!r}"
    if len(want) != len(got):
        return f"{len(got)} tokens printed, {len(want)} expected"
    return None
