"""Character error rate and exact match, kept in the two forms users ask for.

- ws: whitespace kept as drawn (indentation matters in Python and YAML); trailing spaces per line are
  ignored because they are invisible in a screenshot.
- nows: every whitespace character removed, the score an OCR pipeline without layout would get.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from rapidfuzz.distance import Levenshtein

_WHITESPACE = re.compile(r"\s+")


def canonical(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def no_whitespace(text: str) -> str:
    return _WHITESPACE.sub("", text)


@dataclass(frozen=True)
class Score:
    """Edit distance and reference length, so scores add up across samples (micro-averaged CER)."""

    edits: int
    length: int
    exact: bool

    @property
    def cer(self) -> float:
        return self.edits / self.length if self.length else float(self.edits > 0)


def score(reference: str, hypothesis: str, whitespace: bool = True) -> Score:
    ref, hyp = canonical(reference), canonical(hypothesis)
    if not whitespace:
        ref, hyp = no_whitespace(ref), no_whitespace(hyp)
    return Score(Levenshtein.distance(ref, hyp), len(ref), ref == hyp)


def cer(reference: str, hypothesis: str, whitespace: bool = True) -> float:
    return score(reference, hypothesis, whitespace).cer


@dataclass
class Aggregate:
    edits: int = 0
    length: int = 0
    exact: int = 0
    count: int = 0

    def add(self, item: Score) -> None:
        self.edits += item.edits
        self.length += item.length
        self.exact += int(item.exact)
        self.count += 1

    def as_dict(self) -> dict[str, float | int]:
        return {"cer": self.edits / self.length if self.length else 0.0,
                "exact_match": self.exact / self.count if self.count else 0.0, "samples": self.count}


def aggregate(rows: Iterable[tuple[dict[str, str], str, str]], group_keys: tuple[str, ...]) -> dict:
    """rows of (metadata, reference, hypothesis) -> overall and per-group CER (ws and nows) and exact match."""
    overall = {"ws": Aggregate(), "nows": Aggregate()}
    groups: dict[str, dict[str, dict[str, Aggregate]]] = {k: defaultdict(lambda: {"ws": Aggregate(),
                                                                                  "nows": Aggregate()})
                                                         for k in group_keys}
    for meta, reference, hypothesis in rows:
        for mode, keep in (("ws", True), ("nows", False)):
            item = score(reference, hypothesis, keep)
            overall[mode].add(item)
            for key in group_keys:
                groups[key][str(meta.get(key, ""))][mode].add(item)
    return {
        "overall": {mode: agg.as_dict() for mode, agg in overall.items()},
        **{f"by_{key}": {value: {mode: agg.as_dict() for mode, agg in modes.items()}
                         for value, modes in sorted(groups[key].items())} for key in group_keys},
    }
