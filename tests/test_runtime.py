"""Runtimes behind the one interface: the RapidOCR peer and its code-layout rebuild."""

from __future__ import annotations

import pytest

from vlmedge.calibration.render import RenderSpec, render
from vlmedge.evaluate.metrics import cer
from vlmedge.runtime.registry import PEERS, open_runtime
from vlmedge.screenshots.ocr_layout import Box, fit_advance, rebuild_layout

CODE = "def total(values):\n    result = 0\n    for value in values:\n        result += value\n\n    return result"


def test_layout_rebuild_restores_indent_spaces_and_blank_lines() -> None:
    # Boxes as a detector reports them: 10 px per character, 2 px padding on each side, 20 px line pitch.
    def box(text: str, column: int, row: int) -> Box:
        return Box(text, 10 + 10 * column, 14 + 10 * (column + len(text)), 10 + 20 * row, 26 + 20 * row)

    boxes = [box("def f(x):", 0, 0), box("if x:", 4, 1), box("return", 8, 2), box("x + 1", 15, 2),
             box("return 0", 4, 4)]
    assert fit_advance(boxes)[0] == pytest.approx(10.0)
    assert rebuild_layout(boxes) == "def f(x):\n    if x:\n        return x + 1\n\n    return 0"


def test_layout_drops_a_line_number_gutter() -> None:
    def box(text: str, x: float, row: int) -> Box:
        return Box(text, x, x + 10 * len(text), 20 * row, 20 * row + 16)

    boxes = [box("9", 0, 0), box("x = 1", 40, 0), box("10", 0, 1), box("y = 2", 80, 1)]
    assert rebuild_layout(boxes) == "x = 1\n    y = 2"


def test_rapidocr_reads_a_clean_screenshot() -> None:
    runtime, source = open_runtime("rapidocr")
    assert source == "peer:rapidocr" and "rapidocr" in PEERS
    for spec in (RenderSpec(theme="default", font="dejavu-sans-mono", font_size=16),
                 RenderSpec(theme="monokai", font="jetbrains-mono", font_size=16, line_numbers=True)):
        result = runtime.transcribe([render(CODE, "python", spec)])[0]
        assert cer(CODE, result.text) < 0.1, result.text
        assert cer(CODE, result.text, whitespace=False) < 0.05, result.text
        assert result.ms > 0
