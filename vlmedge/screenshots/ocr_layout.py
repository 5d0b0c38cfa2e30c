"""Code layout rebuilt from OCR text boxes, shared by the OCR peers (RapidOCR, Tesseract).

OCR returns text boxes, not code: indentation, spaces between boxes and blank lines are lost. We rebuild
them on the monospace grid: the character advance is fitted from box widths against their lengths (the
detector's padding becomes the intercept), then columns and line pitch follow from box positions.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Box:
    text: str
    left: float
    right: float
    top: float
    bottom: float

    @property
    def center_y(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


def fit_advance(boxes: list[Box]) -> tuple[float, float]:
    """(advance, padding) from width = advance * len + padding over the boxes (least squares).

    Boxes with inner spaces are left out when possible: OCR collapses space runs, so their length lies.
    """
    solid = [b for b in boxes if " " not in b.text.strip() and len(b.text.strip()) >= 2]
    boxes = solid if len(solid) >= 3 else boxes
    lengths = np.array([len(b.text) for b in boxes], float)
    widths = np.array([b.right - b.left for b in boxes], float)
    if len(boxes) >= 2 and lengths.std() > 0:
        advance, padding = np.polyfit(lengths, widths, 1)
        if advance > 0:
            return float(advance), float(max(0.0, padding))
    return float(np.median(widths / np.maximum(lengths, 1))), 0.0


def rebuild_layout(boxes: list[Box]) -> str:
    boxes = [b for b in boxes if b.text.strip()]
    if not boxes:
        return ""
    advance, padding = fit_advance(boxes)
    tolerance = statistics.median(b.height for b in boxes) * 0.5
    lines: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: b.center_y):
        if lines and abs(box.center_y - statistics.fmean(b.center_y for b in lines[-1])) <= tolerance:
            lines[-1].append(box)
        else:
            lines.append([box])
    lines = _drop_line_numbers(lines)
    boxes = [b for line in lines for b in line]
    origin = min(b.left for b in boxes)
    centers = [statistics.fmean(b.center_y for b in line) for line in lines]
    steps = [b - a for a, b in zip(centers, centers[1:], strict=False)]
    pitch = min(steps) if steps else 1.0
    out: list[str] = []
    for index, line in enumerate(lines):
        if index:
            out += [""] * max(0, round(steps[index - 1] / pitch) - 1)
        line.sort(key=lambda b: b.left)
        text = " " * max(0, round((line[0].left - origin) / advance)) + line[0].text
        for previous, box in zip(line, line[1:], strict=False):
            gap = box.left - previous.right + padding
            text += " " * max(1, round(gap / advance)) + box.text
        out.append(text.rstrip())
    return "\n".join(out)


def _drop_line_numbers(lines: list[list[Box]]) -> list[list[Box]]:
    """Remove an editor's line-number gutter: each line led by an integer, increasing down the page."""
    def leading_number(line: list[Box]) -> tuple[int | None, str]:
        first = min(line, key=lambda b: b.left)
        head, _, rest = first.text.strip().partition(" ")
        return (int(head), rest) if head.isdigit() else (None, "")

    numbers = [leading_number(line)[0] for line in lines]
    known = [n for n in numbers if n is not None]
    if len(lines) < 2 or len(known) < 0.8 * len(lines) or known != sorted(known):
        return lines
    cleaned: list[list[Box]] = []
    for line in lines:
        first = min(line, key=lambda b: b.left)
        number, rest = leading_number(line)
        others = [b for b in line if b is not first]
        if number is not None and rest:  # OCR merged the number with the code: keep the code's part
            advance = (first.right - first.left) / max(1, len(first.text))
            shift = (len(first.text) - len(rest)) * advance
            others.append(Box(rest, first.left + shift, first.right, first.top, first.bottom))
        elif number is None:
            others.append(first)
        if others:
            cleaned.append(others)
    return cleaned or lines
