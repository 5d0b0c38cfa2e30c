"""The same lines in any order (each line's own spacing ignored at its ends); blank lines do not count."""

from __future__ import annotations

from collections import Counter


def check(expected: str, actual: str, argument: str = "") -> str | None:
    want = Counter(line.strip() for line in expected.splitlines() if line.strip())
    got = Counter(line.strip() for line in actual.splitlines() if line.strip())
    missing, extra = want - got, got - want
    if missing:
        line = next(iter(missing))
        return f"line {line[:60]!r} is missing" + (f" ({sum(extra.values())} unexpected lines)" if extra else "")
    if extra:
        return f"line {next(iter(extra))[:60]!r} was not expected"
    return None
