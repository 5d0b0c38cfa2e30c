"""The renderer: every language draws, and the drawn text is exactly the `text` column (cell by cell)."""

from __future__ import annotations

import numpy as np
import pytest

from tests.test_languages import generate
from vlmedge.calibration import fonts
from vlmedge.calibration.languages import all_languages
from vlmedge.calibration.render import RenderSpec, image_size, normalize_code, render
from vlmedge.calibration.themes import THEMES, palette
from vlmedge.screenshots.cells import display_width, is_wide


def ink_grid(text: str, spec: RenderSpec) -> np.ndarray:
    """For each (line, cell) of a plain render: does the cell hold any pixel that is not background?"""
    image = np.asarray(render(text, "text", spec)).astype(int)
    background = np.array(palette(THEMES[spec.theme]).background)
    ink = np.abs(image - background).sum(axis=2) > 60
    advance = round(fonts.load(fonts.FONTS[spec.font], spec.font_size).getlength("M"))
    line_height = max(spec.font_size + 2, round(spec.font_size * spec.line_spacing))
    lines = text.split("\n")
    columns = max(display_width(line) for line in lines)
    grid = np.zeros((len(lines), columns), bool)
    for row in range(len(lines)):
        for col in range(columns):
            y, x = spec.padding + row * line_height, spec.padding + col * advance
            # The top fifth of a line box may hold descenders ("y", "]") of the line above.
            grid[row, col] = ink[y + line_height // 5:y + line_height, x + 1:x + advance - 1].any()
    return grid


def expected_cells(text: str) -> list[list[bool]]:
    rows = []
    for line in text.split("\n"):
        cells: list[bool] = []
        for ch in line:
            cells += [ch != " "] * (2 if is_wide(ch) else 1)
        rows.append(cells)
    return rows


@pytest.mark.parametrize("font", sorted(fonts.FONTS))
def test_drawn_cells_match_text(font: str) -> None:
    # Tabs, CJK (two cells), Cyrillic, and punctuation that is easy to drop.
    code = "def f(x):\n\t# 计算 total, Привет\n\treturn x.y_z[0] + 1  # ok\n\n}"
    text = normalize_code(code, 4)
    assert "\t" not in text and text.split("\n")[1].startswith("    # ")
    spec = RenderSpec(theme="default", font=font, font_size=16, line_spacing=1.4, padding=10)
    grid = ink_grid(text, spec)
    for row, cells in enumerate(expected_cells(text)):
        for col, has_ink in enumerate(cells):
            if has_ink:
                assert grid[row, col], f"{font}: no ink for {text.split(chr(10))[row]!r} at cell {col}"
        # Every cell past the line's end is empty: nothing is drawn that the text does not hold.
        assert not grid[row, len(cells):].any(), f"{font}: ink past the end of line {row}"


@pytest.mark.parametrize("name", sorted(all_languages()))
def test_every_language_renders(name: str) -> None:
    language = all_languages()[name]
    text = normalize_code(generate(name, 5, natural="zh"), language.tab_size)
    for theme in ("default", "monokai"):
        spec = RenderSpec(theme=theme, font="jetbrains-mono", font_size=14, line_numbers=True, chrome=True,
                          margin=8, title="main" + language.extensions[0])
        image = render(text, language.pygments_lexer, spec)
        assert image.size == image_size(text, spec)
        colors = len(np.unique(np.asarray(image).reshape(-1, 3), axis=0))
        assert colors > 20, "syntax highlighting should produce many colours"


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_token_types_no_style_defines_take_their_parents_style(theme: str) -> None:
    # Ruby's lexer calls the `+` of `a.+(b)` Token.Name.Operator, which no Pygments style lists (real Ruby code
    # stopped a training run with a KeyError); it is drawn as a Name.
    from pygments.token import Token

    from vlmedge.calibration.themes import token_style

    assert token_style(THEMES[theme], Token.Name.Operator) == token_style(THEMES[theme], Token.Name)
    spec = RenderSpec(theme=theme, font="dejavu-sans-mono", font_size=14)
    assert render("total = a.+(b)", "ruby", spec).size == image_size("total = a.+(b)", spec)


def test_normalize_is_idempotent_and_strips_invisible_whitespace() -> None:
    raw = "\n\n  a = 1   \n\tb\t= 2\r\n\n"
    text = normalize_code(raw, 4)
    assert text == "  a = 1\n    b   = 2"
    assert normalize_code(text, 4) == text
