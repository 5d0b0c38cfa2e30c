"""Row reading: a line-grid screenshot (vlmedge/screenshots/line_grid.py) read row by row and in short chunks of rows.

Why: on the line grid each text line fills one row of merged tokens, so the lines can be cut apart from the pixels
alone. Read whole, the default model lost its place in long snippets (at step 30,400, 85 % of its character
errors sat in the 56 % of samples whose line count came out wrong: lines skipped, repeated, an early stop;
benchmarks/line_errors.py), while on snippets of up to 8 lines it read best. So every text row is read alone (no
line can be skipped or repeated) and, where a model asks for chunks, twice more in chunks of a few rows (the
neighbouring lines' context) whose borders fall half a chunk apart: chunk lines are paired in order with the rows
whose own readings they resemble, and for each row the reading most like its others wins. Blank lines and
indentation come from the rows' positions. The shipped model reads rows alone: trained on rows and chunks, it
reads them about as well as with chunks and 4.5x faster (`python benchmarks/row_reading.py` measures the ways).
OCR pipelines split alike (detect lines, recognize each); the model stays the stock architecture, only what it is
shown changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Sequence

import numpy as np
from PIL import Image
from rapidfuzz.distance import Levenshtein

from vlmedge.screenshots import line_grid
from vlmedge.screenshots.cells import display_width
from vlmedge.screenshots.line_grid import ROW

# Where a model says it reads row by row: a key of its preprocessor_config.json, and of its GGUF mmproj; its value
# is the most rows a chunk holds (1: rows alone).
LINE_ROWS_FLAG = "line_rows"
LINE_ROWS_KEY = "vlmedge.line_rows"
CHUNK_ROWS = 8  # where a model says only `true`
# A chunk line replaces a row's own reading when they are at least this alike (1 - normalized edit distance):
# unrelated lines score near 0.1-0.2, the same line read twice with some errors 0.5-1.
MIN_SIMILARITY = 0.3
# A reading fits its row when its width is within max(3 cells, 20 % of the row) of the row's ink width: the rest
# (cut short, run on past the line's end) leave the vote where some reading fits. On 100 seed-0 eval screenshots
# CER 7.72 -> 7.09 %, on the model card's held-out real code 34.0 -> 32.5 % (step-32,400 weights).
WIDTH_SLACK = (3.0, 0.2)
# The widest character advance, in line-grid pixels, that row widths are trusted at: monospace code on the grid
# advances 0.35-0.55 rows (the eval split's median 0.44, 95th percentile 0.60).
MAX_ADVANCE = 0.6 * ROW
# Merged-token budget of the whole line-grid image: rows are read one by one, so it only bounds memory; a
# 300-line, 200-column screenshot fits without squeezing lines.
ROWS_TOKENS = 300 * 200
PAD = ROW // 2  # background kept left and right of the code, as in the padding of a training render
# A row read alone is cut from PAD left of its own first glyph to END_PAD right of its last (within the shared cut
# of the screenshot's longest line), not at that shared width: the clip encoder's time and the image tokens follow
# the width, and a short line no longer pays for the longest (`python benchmarks/row_cut.py --model runs/quant-gguf
# --dev runs/calib` at 1eee329: llama.cpp q4_k_m on 512 eval screenshots 288 -> 213 ms median, 7.4 % CER either
# way). Two tokens of background after the ink, not PAD: at 48dcca1, with PAD the held-out real code read 0.7 points
# worse; with two tokens as before (30.8 against 30.7 % CER; seed-1 dev 1.6 / 8.2 % clean / degraded against 1.7 /
# 8.2 %).
END_PAD = 2 * ROW
MIN_WIDTH = 4 * ROW  # a 28 px high row at least this wide meets the processor's min_pixels (56 x 56)
# Middle band of a row where its own glyphs are: neighbours' ascenders and descenders reach the outer pixels.
CORE = slice(3, ROW - 3)
MIN_STROKE = 3  # edge pixels down one column that make a glyph stroke
RULE_SHARE, RULE_FILL, RULE_DRIFT = 0.7, 0.9, 3  # a vertical rule: in 70 % of rows, 90 % of the core, +-3 px
RULE_THIN = 3  # px: a block of ink this thin at a side of the text, in most rows, is a border
MIN_INK_COLUMNS = 4  # fewer inked pixel columns is a speck, not a glyph (`}` has about 8)
# Grey levels a row's colour may differ from the text area's: on 160 dev screenshots (seed 1), 98 % of title bars
# differ by more, 99.8 % of the middle rows (noise, JPEG, perspective light falloff) by no more.
MAX_BACKGROUND_SHIFT = 5
MIN_VOTERS = 3  # inked rows that decide the text area's colour alone
# Empty columns between a line-number gutter and the code: two character cells less side bearings, 10-20 px.
GUTTER_GAP = 0.35 * ROW
GUTTER_ALIGN = 0.3 * ROW  # right-aligned numbers end within this of each other (digits' own bearings)
GUTTER_SHARE = 0.9  # share of rows with ink in a gutter: every line has its number, blank ones too


@dataclass(frozen=True)
class Row:
    index: int  # token row of the line-grid image, which is the line's index from the top
    left: float  # first inked pixel column of its code, in line-grid pixels
    right: float  # last inked pixel column + 1


@dataclass(frozen=True)
class RowLayout:
    grid_image: Image.Image
    rows: tuple[Row, ...]  # rows holding code, top to bottom
    code_left: float  # where code column 0 starts (right of any line-number gutter)
    crop: tuple[int, int]  # x range chunks are cut at: the code's left to the longest line's right, plus PAD
    grid: line_grid.GridFit  # how the screenshot (levelled) was put on the line grid

    def _cut(self, first_index: int, last_index: int, box: tuple[int, int] | None = None) -> Image.Image:
        """Grid rows first_index..last_index, x in `box` (by default the shared crop: from a little left of the
        code to a little right of the longest line), on a canvas a whole number of tokens wide."""
        left, right = box or self.crop
        piece = self.grid_image.crop((left, first_index * ROW, right, (last_index + 1) * ROW))
        width = max(MIN_WIDTH, -(-piece.width // ROW) * ROW)
        canvas = Image.new("RGB", (width, piece.height), self.background)
        canvas.paste(piece, (0, 0))
        return canvas

    @cached_property
    def background(self) -> tuple[int, ...]:
        """The grid image's most common colour, found once: each row's cut took ~1 ms finding it again."""
        return line_grid.background(self.grid_image)

    def row_box(self, row: Row) -> tuple[int, int]:
        """The x range a row is cut at when read alone: its own ink and a margin, inside the shared crop."""
        left, right = self.crop
        return max(left, int(row.left) - PAD), min(right, int(row.right) + END_PAD)

    def row_image(self, row: Row) -> Image.Image:
        """What the model reads for one row."""
        return self._cut(row.index, row.index, self.row_box(row))

    def images(self) -> list[Image.Image]:
        return [self.row_image(row) for row in self.rows]

    def chunks(self, max_rows: int, offset: int = 0) -> list[tuple[int, int]]:
        """Runs of neighbouring rows, each spanning at most `max_rows` grid rows (blank ones included), as
        (first, end) positions in `rows`; a chunk ends at a blank line where one falls in its second half, so
        code blocks stay together. `offset` > 0 makes the first chunk span only that many grid rows, so that
        the chunks' borders fall elsewhere."""
        spans, start = [], 0
        if offset and self.rows:
            while start < len(self.rows) and self.rows[start].index - self.rows[0].index < offset:
                start += 1
            spans.append((0, start))
        while start < len(self.rows):
            end = start
            while end + 1 < len(self.rows) and self.rows[end + 1].index - self.rows[start].index < max_rows:
                end += 1
            if end + 1 < len(self.rows):
                blank_before = [j for j in range(start + max(1, max_rows // 2), end + 1)
                                if self.rows[j].index - self.rows[j - 1].index > 1]
                if blank_before:
                    end = blank_before[-1] - 1
            spans.append((start, end + 1))
            start = end + 1
        return spans

    def chunk_image(self, span: tuple[int, int]) -> Image.Image:
        """Rows rows[first:end] and the blank rows between them, cut as row_image cuts one."""
        first, end = span
        return self._cut(self.rows[first].index, self.rows[end - 1].index)


def _edge_counts(edges: np.ndarray, row: int) -> np.ndarray:
    """Per pixel column, the glyph-edge pixels in the core of token row `row`."""
    return edges[row * ROW:(row + 1) * ROW][CORE].sum(axis=0)


def _rules(counts: np.ndarray) -> np.ndarray:
    """Columns that are vertical rules, not glyphs: a window's border or a gutter separator, edged down the
    whole core of most rows, blank ones and the title bar's too (glyph_edges drops the rules that run the
    image's full height; these are the ones a frame, noise or a photo's tilt leaves). Glyphs edge a column over
    their own height only, well short of a row's core. A rule wanders a few pixels from row to row (noise,
    tilt): a column counts where a row's rule is within RULE_DRIFT of it."""
    solid = counts >= RULE_FILL * (CORE.stop - CORE.start)
    near = solid.copy()
    for shift in range(1, RULE_DRIFT + 1):
        near[:, shift:] |= solid[:, :-shift]
        near[:, :-shift] |= solid[:, shift:]
    return near.mean(axis=0) >= RULE_SHARE


def _blocks(inked: np.ndarray) -> list[tuple[int, int]]:
    """Runs of columns with ink in some row, joined across gaps up to GUTTER_GAP: (first, last) pairs."""
    used = np.flatnonzero(inked.any(axis=0))
    if used.size == 0:
        return []
    blocks, start, end = [], int(used[0]), int(used[0])
    for x in used[1:]:
        if x - end > GUTTER_GAP:
            blocks.append((start, end))
            start = int(x)
        end = int(x)
    return [*blocks, (start, end)]


def _drop_edge_lines(inked: np.ndarray) -> None:
    """Clears thin blocks at the far left and right that most rows have: a frame's border that noise or tilt
    kept from being a solid rule (a digit or a glyph is wider than RULE_THIN)."""
    for pick in (0, -1):
        while len(blocks := _blocks(inked)) > 1:
            first, last = blocks[pick]
            if last - first + 1 > RULE_THIN or inked[:, first:last + 1].any(axis=1).mean() < RULE_SHARE:
                break
            inked[:, first:last + 1] = False


def _gutter_end(inked: np.ndarray) -> int:
    """The pixel column where a line-number gutter ends (0 for none): a narrow leftmost block of columns with ink
    in nearly every row, whose rows' ink ends at one x (numbers are right-aligned), then columns no row has ink
    in, then code. Code at column 0 fails the test: its first tokens end wherever their lengths take them."""
    blocks = _blocks(inked)
    if inked.shape[0] < 3 or len(blocks) < 2:  # a gutter needs code to its right
        return 0
    start, end = blocks[0]
    block = inked[:, start:end + 1]
    numbered = block.any(axis=1)
    if end - start > 3 * ROW or numbered.mean() < GUTTER_SHARE:
        return 0
    rights = [int(np.flatnonzero(row)[-1]) for row in block[numbered]]
    return end + 1 if max(rights) - min(rights) <= GUTTER_ALIGN else 0


def split(image: Image.Image) -> RowLayout:
    """`image` made level, put on the line grid, and cut into the rows that hold code."""
    grid_image, grid = line_grid.line_grid(image.convert("RGB"), ROWS_TOKENS)
    gray = np.asarray(grid_image.convert("L"), dtype=np.int16)
    rgb = np.asarray(grid_image, dtype=np.float32)
    edges = line_grid.glyph_edges(gray)
    count = grid_image.height // ROW
    counts = np.stack([_edge_counts(edges, index) for index in range(count)])
    # A stroke's edge spans a few pixels down a column, sensor-noise specks one or two.
    strokes = counts >= MIN_STROKE
    strokes[:, _rules(counts)] = False
    inked = [index for index in range(count) if strokes[index].sum() >= MIN_INK_COLUMNS]
    # The text area's colour: the median row colour (a row's median is its background, glyphs are thin), which
    # sensor noise does not move as it moves line_grid.background's most common colour.
    colours = np.array([np.median(rgb[index * ROW:(index + 1) * ROW].reshape(-1, 3), axis=0) for index in range(count)])
    # With one or two inked rows (a one-line snippet under a title bar) the bar ties the vote, so every row votes,
    # blank ones too: the text area's padding is most of such a screenshot.
    voters = inked if len(inked) >= MIN_VOTERS else range(count)
    text_area = np.median(colours[list(voters)], axis=0) if count else None
    on_background = [bool(np.abs(colours[index] - text_area).max() <= MAX_BACKGROUND_SHIFT) for index in inked]
    # Rows on another background above the first and below the last text row (title bar, window frame, a status
    # bar) are not code; inside the text they are (an editor's current-line highlight).
    kept = [index for index, ok in zip(inked, on_background, strict=True) if ok]
    candidates = [index for index in inked if kept and kept[0] <= index <= kept[-1]]
    width = grid_image.width
    if not candidates:
        return RowLayout(grid_image, (), 0.0, (0, min(width, MIN_WIDTH)), grid)
    inked = strokes[candidates]
    _drop_edge_lines(inked)
    gutter_end = _gutter_end(inked)
    rows: list[Row] = []
    for index, columns in zip(candidates, inked, strict=True):
        code = np.flatnonzero(columns[gutter_end:]) + gutter_end
        if code.size >= MIN_INK_COLUMNS:  # a row with only a line number is a blank line
            rows.append(Row(index, float(code[0]), float(code[-1] + 1)))
    if not rows:
        return RowLayout(grid_image, (), 0.0, (0, min(width, MIN_WIDTH)), grid)
    code_left = min(row.left for row in rows)
    crop = (max(0, int(code_left) - PAD), min(width, int(max(row.right for row in rows)) + PAD))
    return RowLayout(grid_image, tuple(rows), code_left, crop, grid)


def _advance(rows: tuple[Row, ...], texts: list[str], code_left: float) -> float:
    """The character advance in line-grid pixels.

    First from each row's inked width against its text's width in cells (n cells draw about n - 0.3 advances of
    ink: side bearings), the lower quartile over the longer lines: a misread line drops characters more often
    than it adds them, which makes its ratio too large. Then, within 8 % of that, the advance that puts the
    indented rows closest to whole columns right of code column 0. On a 200-screenshot dev set (seed 1, not the
    eval set), indentation came out right for 97.3 % of clean lines (median ratio 89.5 %, true advance 99.1 %).
    """
    ratios = [(row.right - row.left) / (cells - 0.3) for row, text in zip(rows, texts, strict=True)
              if (cells := display_width(text)) >= 6]
    if not ratios:
        ratios = [(row.right - row.left) / (cells - 0.3) for row, text in zip(rows, texts, strict=True)
                  if (cells := display_width(text)) >= 2]
    # Monospace code at the grid's line pitch (1.1-1.7x line spacing) has its advance near 0.35-0.55 rows.
    rough = min(max(float(np.percentile(ratios, 25)), 0.25 * ROW), 0.8 * ROW) if ratios else 0.45 * ROW
    offsets = np.array([row.left - code_left for row in rows])
    offsets = offsets[offsets > 0.5 * rough]
    if offsets.size == 0:
        return rough
    candidates = np.linspace(0.92 * rough, 1.08 * rough, 41)
    misfit = [float(np.abs(offsets / a - np.round(offsets / a)).mean()) for a in candidates]
    # Among fits about as good as the best, the one nearest the rough estimate.
    return float(min((a for a, m in zip(candidates, misfit, strict=True) if m <= min(misfit) + 0.03),
                     key=lambda a: abs(a - rough)))


def _first_line(text: str) -> str:
    """A row holds one line: a model that wrote more ran on past it."""
    lines = [line.strip() for line in text.split("\n")]
    return next((line for line in lines if line), "")


def _similarity(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(a, b)  # 1 - edit distance / longer length


def _align(lines: list[str], rows: list[str]) -> dict[int, int]:
    """Row position -> chunk line position, the in-order pairing of the two lists with the most total similarity
    (lines the chunk skipped or added stay unpaired). Hand-rolled: difflib and rapidfuzz align sequences of equal
    items, not of similar ones."""
    score = np.zeros((len(lines) + 1, len(rows) + 1))
    for i, line in enumerate(lines, 1):
        for j, row in enumerate(rows, 1):
            score[i, j] = max(score[i - 1, j - 1] + _similarity(line, row), score[i - 1, j], score[i, j - 1])
    pairs: dict[int, int] = {}
    i, j = len(lines), len(rows)
    while i and j:
        if score[i, j] == score[i - 1, j]:
            i -= 1
        elif score[i, j] == score[i, j - 1]:
            j -= 1
        else:
            pairs[j - 1] = i - 1
            i, j = i - 1, j - 1
    return pairs


def _paired(own: list[str], spans: list[tuple[int, int]], texts: list[str]) -> list[str | None]:
    """Per row, the line of its chunk that pairs with the row's own reading (None where none does)."""
    paired: list[str | None] = [None] * len(own)
    for (first, end), text in zip(spans, texts, strict=True):
        chunk_lines = [line.strip() for line in text.split("\n") if line.strip()]
        for row, line in _align(chunk_lines, own[first:end]).items():
            if _similarity(chunk_lines[line], own[first + row]) >= MIN_SIMILARITY:
                paired[first + row] = chunk_lines[line]
    return paired


def merge(row_texts: list[str], chunkings: list[tuple[list[tuple[int, int]], list[str]]],
          cells: list[float] | None = None) -> list[str]:
    """One line per row from its readings: its own, and the line of each chunking's chunk that pairs with it
    (chunkings: (spans, texts) pairs). The reading most like the others wins (with two, the chunk's: it read
    with context); on a 200-screenshot dev set, two chunkings with different borders took degraded CER from
    11.9 % (one) to 10.7 %. `cells`: each row's width in character cells from its ink; readings that do not fit
    it (a line cut short, or run on past its end) leave the vote where some reading fits."""
    own = [_first_line(text) for text in row_texts]
    candidates = [[line for line in column if line is not None]
                  for column in zip(*[_paired(own, spans, texts) for spans, texts in chunkings], own, strict=True)]
    if cells is not None:
        candidates = [[line for line in readings if _fits(line, width)] or readings
                      for readings, width in zip(candidates, cells, strict=True)]
    # By position, not identity: equal readings may be one interned string, and each must count for the other.
    chosen = [readings[max(range(len(readings)), key=lambda i: sum(_similarity(readings[i], other)
                                                                   for j, other in enumerate(readings) if j != i))]
              for readings in candidates]
    if cells is None:
        return chosen
    return [_cut_to(line, width) for line, width in zip(chosen, cells, strict=True)]


def _cut_to(line: str, cells: float) -> str:
    """A reading that runs on well past its row's ink (a loop, invented words) cut back to the ink's width: with
    it the model card's held-out real code read at 29.8 % CER instead of 30.8, its eval split at 7.34 instead of
    7.57 % (step-32,400 weights, rows alone)."""
    if display_width(line) <= cells + _slack(cells):
        return line
    kept, used = [], 0
    for char in line:
        used += display_width(char)
        if used > round(cells):
            break
        kept.append(char)
    return "".join(kept).rstrip()


def _slack(cells: float) -> float:
    """How far, in cells, a reading's width may stray from its row's ink: WIDTH_SLACK's cells, or its share."""
    return max(WIDTH_SLACK[0], WIDTH_SLACK[1] * cells)


def _fits(line: str, cells: float) -> bool:
    """Whether a reading's width is within the slack of its row's ink."""
    return abs(display_width(line) - cells) <= _slack(cells)


def row_cells(layout: RowLayout, row_texts: list[str]) -> list[float] | None:
    """Each row's width in character cells, from its ink and the advance its own readings give (n cells draw
    about n - 0.3 advances of ink); None where the ink does not measure the text: an advance over MAX_ADVANCE
    (noise that inks every row to the panel's edge made one of 0.76 rows and halved every row's cells)."""
    advance = _advance(layout.rows, [_first_line(text) for text in row_texts], layout.code_left)
    if advance > MAX_ADVANCE:
        return None
    return [(row.right - row.left) / advance + 0.3 for row in layout.rows]


def join(layout: RowLayout, texts: list[str], measured: list[str] | None = None) -> str:
    """The code: each row's text (its own line) indented by its distance from code column 0, rows without code
    between them as blank lines. `measured`: the rows' own readings, to size the advance from where `texts` come
    from chunks (a chunk that merged two lines into one row's would stretch it)."""
    if len(texts) != len(layout.rows) or len(measured or texts) != len(layout.rows):
        raise ValueError(f"{len(texts)} texts for {len(layout.rows)} rows")
    if not layout.rows:
        return ""
    lines = [_first_line(text) for text in texts]
    advance = _advance(layout.rows, [_first_line(text) for text in measured or texts], layout.code_left)
    out: dict[int, str] = {}
    for row, line in zip(layout.rows, lines, strict=True):
        indent = max(0, round((row.left - layout.code_left) / advance)) if line else 0
        out[row.index] = " " * indent + line
    first, last = layout.rows[0].index, layout.rows[-1].index
    return "\n".join(out.get(index, "") for index in range(first, last + 1)).strip("\n")


@dataclass(frozen=True)
class RowReading:
    """One screenshot's reading: the pieces to transcribe (every text row alone, then the chunks of two chunkings
    whose borders fall half a chunk apart) and how their answers become its code."""

    layout: RowLayout
    chunkings: tuple[tuple[tuple[int, int], ...], ...]  # per chunking, its chunks as (first, end) positions in rows

    def pieces(self) -> list[Image.Image]:
        return self.layout.images() + [self.layout.chunk_image(span) for spans in self.chunkings for span in spans]

    def code(self, texts: Sequence[str]) -> str:
        """The code from the pieces' transcriptions, in the order `pieces()` gave them."""
        rows = len(self.layout.rows)
        if len(texts) != rows + sum(map(len, self.chunkings)):
            raise ValueError(f"{len(texts)} transcriptions for {rows + sum(map(len, self.chunkings))} pieces")
        own, rest = list(texts[:rows]), iter(texts[rows:])
        readings = [(list(spans), [next(rest) for _ in spans]) for spans in self.chunkings]
        return join(self.layout, merge(own, readings, row_cells(self.layout, own)), own)


def plan(image: Image.Image, chunk: int) -> RowReading:
    """How to read a screenshot by its rows, with chunks of up to `chunk` rows (1: rows alone)."""
    layout = split(image)
    chunkings = ((tuple(layout.chunks(chunk)), tuple(layout.chunks(chunk, offset=chunk // 2)))
                 if chunk > 1 and layout.rows else ())
    return RowReading(layout, chunkings)


def read_by_rows(image: Image.Image, read: Callable[[list[Image.Image]], Sequence[str]], chunk: int) -> str:
    """A screenshot's code read by rows and chunks: `read` transcribes a list of images (e.g. one chat request to
    a llama.cpp or OpenAI-compatible server each, or one batch) as the model takes them, already on the line
    grid. What every vlmedge runtime does, for clients that talk to a server themselves."""
    reading = plan(image, chunk)
    pieces = reading.pieces()
    return reading.code(list(read(pieces)) if pieces else [])


def chunk_rows(setting: object) -> int:
    """The most rows per chunk a model's `line_rows` setting asks for; 0 where it reads screenshots whole."""
    if setting is True:
        return CHUNK_ROWS
    return int(setting) if isinstance(setting, (int, float)) and setting > 0 else 0


def reading(asked: int, by_rows: bool | None) -> int:
    """Rows per chunk a runtime reads with: what the model asks for (`asked`, 0 = whole) where `by_rows` is None,
    whole where it is False, by rows (the model's chunk size, else CHUNK_ROWS) where it is True."""
    if by_rows is None:
        return asked
    return (asked or CHUNK_ROWS) if by_rows else 0


def for_processor(image_processor: object) -> int:
    """chunk_rows of a transformers image processor's `line_rows` key (0: read whole)."""
    return chunk_rows(getattr(image_processor, LINE_ROWS_FLAG, 0))
