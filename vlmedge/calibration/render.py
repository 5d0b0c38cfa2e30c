"""Drawing code as an editor screenshot: Pygments tokens, Pillow text on a monospace cell grid.

Pygments' own ImageFormatter takes face 0 of a .ttc (a proportional CJK face) and has no per-character
fallback, so we lay out cells ourselves: wide characters take two cells and come from the CJK face.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache

from PIL import Image, ImageDraw
from pygments.lexers import get_lexer_by_name

from vlmedge.calibration import fonts
from vlmedge.calibration.themes import RGB, THEMES, Theme, mix, palette, token_style
from vlmedge.screenshots.cells import display_width, is_wide

MERGED_PATCH = 28  # Qwen2-VL: 14 px patches, 2x2 merged into one vision token


@dataclass(frozen=True)
class RenderSpec:
    theme: str
    font: str
    font_size: int
    line_spacing: float = 1.35
    padding: int = 12
    line_numbers: bool = False
    first_line_number: int = 1
    chrome: bool = False
    margin: int = 0  # backdrop around the window when chrome is drawn
    title: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def normalize_code(code: str, tab_size: int) -> str:
    """The text exactly as drawn: tabs expanded, trailing spaces and outer blank lines dropped."""
    lines = [line.expandtabs(tab_size).rstrip() for line in code.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


@dataclass(frozen=True)
class _Metrics:
    advance: int
    line_height: int
    gutter: int
    top: int  # chrome title bar height
    width: int
    height: int


def _metrics(text: str, spec: RenderSpec) -> _Metrics:
    face = fonts.FONTS[spec.font]
    advance = max(1, round(fonts.load(face, spec.font_size).getlength("M")))
    line_height = max(spec.font_size + 2, round(spec.font_size * spec.line_spacing))
    lines = text.split("\n")
    columns = max((display_width(line) for line in lines), default=0)
    gutter = 0
    if spec.line_numbers:
        digits = len(str(spec.first_line_number + len(lines) - 1))
        gutter = (digits + 2) * advance
    top = round(spec.font_size * 2.0) if spec.chrome else 0
    margin = spec.margin if spec.chrome else 0
    width = 2 * margin + 2 * spec.padding + gutter + columns * advance
    height = 2 * margin + top + 2 * spec.padding + len(lines) * line_height
    return _Metrics(advance, line_height, gutter, top, width, height)


def cell_centres(line: str, spec: RenderSpec) -> list[float]:
    """x in pixels of the centre of each character's cells in `render`'s image of a one-line text."""
    m = _metrics(line, spec)
    left = (spec.margin if spec.chrome else 0) + spec.padding + m.gutter
    centres, col = [], 0
    for char in line:
        cells = 2 if is_wide(char) else 1
        centres.append(left + (col + cells / 2) * m.advance)
        col += cells
    return centres


def char_centres(text: str, spec: RenderSpec) -> tuple[list[tuple[float, float] | None], float]:
    """(x, y) in pixels of the centre of every character's cells in `render`'s image of `text` (None for each
    newline), and the x where code starts (right of any line-number gutter)."""
    m = _metrics(text, spec)
    margin = spec.margin if spec.chrome else 0
    left = margin + spec.padding + m.gutter
    top = margin + m.top + spec.padding + (m.line_height - spec.font_size) // 2 + spec.font_size / 2
    centres: list[tuple[float, float] | None] = []
    for row, line in enumerate(text.split("\n")):
        if row:
            centres.append(None)
        col = 0
        for char in line:
            cells = 2 if is_wide(char) else 1
            centres.append((left + (col + cells / 2) * m.advance, top + row * m.line_height))
            col += cells
    return centres, float(left)


def line_pitch(text: str, spec: RenderSpec) -> int:
    """Pixels from one line's top to the next's in `render`'s image."""
    return _metrics(text, spec).line_height


def image_size(text: str, spec: RenderSpec) -> tuple[int, int]:
    """Width and height `render` will produce, without drawing (used to fit the pixel budget)."""
    m = _metrics(text, spec)
    return m.width, m.height


@lru_cache(maxsize=32)
def _lexer(alias: str):  # type: ignore[no-untyped-def]
    return get_lexer_by_name(alias, stripnl=False, ensurenl=False, tabsize=0)


def render(text: str, lexer_alias: str, spec: RenderSpec) -> Image.Image:
    """Draw normalized code text (see `normalize_code`) as an RGB screenshot."""
    theme = THEMES[spec.theme]
    pal = palette(theme)
    face = fonts.FONTS[spec.font]
    m = _metrics(text, spec)
    margin = spec.margin if spec.chrome else 0
    backdrop = mix(pal.background, (128, 128, 128), 0.5)
    image = Image.new("RGB", (m.width, m.height), backdrop if margin else pal.background)
    draw = ImageDraw.Draw(image)
    if margin:
        draw.rectangle([margin, margin, m.width - margin - 1, m.height - margin - 1], fill=pal.background)
    if spec.chrome:
        _draw_chrome(draw, spec, theme, m, margin)

    regular = fonts.load(face, spec.font_size)
    main_coverage = fonts.coverage(face)
    x0 = margin + spec.padding + m.gutter
    y0 = margin + m.top + spec.padding
    # Center glyphs in the line box.
    baseline_shift = (m.line_height - spec.font_size) // 2

    if spec.line_numbers:
        numbers = len(text.split("\n"))
        width = len(str(spec.first_line_number + numbers - 1))
        for row in range(numbers):
            label = str(spec.first_line_number + row).rjust(width)
            draw.text((margin + spec.padding, y0 + row * m.line_height + baseline_shift), label,
                      font=regular, fill=pal.gutter)

    row, col = 0, 0
    for token_type, value in _lexer(lexer_alias).get_tokens(text):
        color, is_bold = token_style(theme, token_type)
        for part_index, part in enumerate(value.split("\n")):
            if part_index:
                row, col = row + 1, 0
            if not part:
                continue
            y = y0 + row * m.line_height + baseline_shift
            col = _draw_run(draw, part, x0, y, col, m.advance, face, spec.font_size, is_bold, main_coverage, color)
    return image


@lru_cache(maxsize=32768)
def _glyph(face: fonts.FontFace, size: int, bold: bool, char: str) -> tuple[Image.Image | None, int, int]:
    """A character's antialiased mask and its offset from the pen position.

    Pasting cached masks is ~4x faster than asking FreeType for every character of every sample.
    """
    font = fonts.load(face, size, bold)
    left, top, right, bottom = font.getbbox(char)
    if right <= left or bottom <= top:
        return None, 0, 0
    mask = Image.new("L", (right - left, bottom - top), 0)
    ImageDraw.Draw(mask).text((-left, -top), char, font=font, fill=255)
    return mask, left, top


def _draw_run(draw: ImageDraw.ImageDraw, part: str, x0: int, y: int, col: int, advance: int, face: fonts.FontFace,
              size: int, bold: bool, main_coverage: frozenset[int], color: RGB) -> int:
    """Draw one same-style run cell by cell; wide or missing characters come from the CJK face."""
    for char in part:
        if char == " ":
            col += 1
            continue
        wide = is_wide(char)
        if wide or ord(char) not in main_coverage:
            cells = 2 if wide else 1
            mask, dx, dy = _glyph(fonts.CJK_FALLBACK, size, False, char)
            if mask is not None:
                # Center the fallback glyph in its cells; its own advance differs from ours.
                dx += (cells * advance - fonts.load(fonts.CJK_FALLBACK, size).getlength(char)) // 2
        else:
            cells = 1
            mask, dx, dy = _glyph(face, size, bold, char)
        if mask is not None:
            draw.bitmap((x0 + col * advance + dx, y + dy), mask, fill=color)
        col += cells
    return col


def _draw_chrome(draw: ImageDraw.ImageDraw, spec: RenderSpec, theme: Theme, m: _Metrics, margin: int) -> None:
    pal = palette(theme)
    right = m.width - margin - 1
    draw.rectangle([margin, margin, right, margin + m.top - 1], fill=pal.titlebar)
    radius = max(3, m.top // 5)
    cy = margin + m.top // 2
    for i, color in enumerate(((255, 95, 86), (255, 189, 46), (39, 201, 63))):
        cx = margin + spec.padding + radius + i * (3 * radius)
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=color)
    if spec.title:
        ui = fonts.load(fonts.UI_FONT, max(9, spec.font_size - 3))
        title_width = ui.getlength(spec.title)
        draw.text(((m.width - title_width) / 2, cy - spec.font_size // 2), spec.title, font=ui,
                  fill=mix(pal.titlebar, pal.foreground, 0.7))


def vision_tokens(width: int, height: int) -> int:
    """Merged vision tokens Qwen2-VL spends on an image of this size when it is not resized down."""
    rows = max(1, round(height / MERGED_PATCH))
    cols = max(1, round(width / MERGED_PATCH))
    return rows * cols


def sample_screenshot(width: int) -> Image.Image:
    """A fixed code screenshot `width` px wide (its height follows the code): the image speed and memory
    measurements use, so figures from different commands describe the same input."""
    code = normalize_code("\n".join(
        f"def step_{i}(values, limit={i}):\n    total = sum(v * {i} for v in values if v < limit)\n"
        f"    return total % {97 + i}" for i in range(6)), 4)
    image = render(code, "python", RenderSpec(theme="default", font="dejavu-sans-mono", font_size=16))
    return image.resize((width, round(image.height * width / image.width)))
