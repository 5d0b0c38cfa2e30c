"""Whitespace-insensitive: the same tokens in the same order, however spaced and broken into lines."""

from __future__ import annotations


def check(expected: str, actual: str, argument: str = "") -> str | None:
    want, got = expected.split(), actual.split()
    for number, (a, b) in enumerate(zip(want, got, strict=False), start=1):
        if a != b:
            return f"token {number} is {b[:40]!r}, expected {a[:40]!r}"
    if len(want) != len(got):
        return f"{len(got)} tokens printed, {len(want)} expected"
    return None
