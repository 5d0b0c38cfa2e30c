"""Line by line, as printed: only trailing spaces at line ends and trailing blank lines are forgiven."""

from __future__ import annotations


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\r\n", "\n").rstrip().split("\n")] if text.strip() else []


def check(expected: str, actual: str, argument: str = "") -> str | None:
    want, got = lines(expected), lines(actual)
    for number, (a, b) in enumerate(zip(want, got, strict=False), start=1):
        if a != b:
            return f"line {number} differs"
    if len(want) != len(got):
        return f"{len(got)} lines printed, {len(want)} expected"
    return None
