"""Training samples streamed from the dataset builder, and the batch collator.

Samples are planned and drawn on the fly (never stored), from the builder's `train` stream, which shares
no RNG stream with `calibration` or `eval`; renderer settings named in `holdout` are never drawn.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, replace
from typing import Any, Iterator, NamedTuple

import torch
from PIL import Image
from torch.utils.data import IterableDataset, get_worker_info

from vlmedge.calibration import degrade, fonts
from vlmedge.calibration.build import BuildConfig, plan_sample, render_image
from vlmedge.calibration.render import MERGED_PATCH, cell_centres, char_centres, line_pitch, normalize_code
from vlmedge.calibration.sources import SourceFile
from vlmedge.errors import VlmedgeError
from vlmedge.runtime.torch_runtime import prompt_messages
from vlmedge.screenshots import line_rows
from vlmedge.screenshots.line_grid import line_grid

# Characters for random lines: what code is made of, so no shortcut through a language prior exists.
_RANDOM_CHARS = string.ascii_letters + string.digits + string.punctuation + "      "
RANDOM_WIDE = (
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小"
    "么心多天而能好都然没日于起还发成事只作当想看无开手十用主行方又如前所本见经头面公同三已老从动两长知民"
    "样现分将外但身些与高意进把法此实回二理美点月明"
)


@dataclass(frozen=True)
class StageData:
    """What one curriculum stage draws."""

    max_lines: int  # a crop of 1..max_lines lines of a snippet
    clean_fraction: float
    random_fraction: float  # share of samples whose text is random characters
    font_sizes: tuple[int, int]
    max_columns: int = 100  # wider lines are cut to a window of this many columns, as a crop would
    # Narrower renderer settings for the first stages (empty: the recipe's full, holdout-free set); reading
    # emerges sooner when the first glyphs the model sees vary little (see the training probe).
    themes: tuple[str, ...] = ()
    fonts: tuple[str, ...] = ()
    plain: bool = False  # no window chrome and no line numbers: the text is all there is to look at
    # Pad images to multiples of this many pixels (28 = one merged token) so that the processor keeps glyphs at
    # their drawn size instead of stretching each axis by up to 1.3x; 0 = leave sizing to the processor.
    pad_to: int = 0
    # Renderer padding for plain images (None: the sampled one). 1 px with pad_to 28 puts a 12-19 px line in one
    # row of merged tokens at a fixed height, as in the training probe; the default 12 px splits it across two.
    padding: int | None = None
    # Pad every image to this width in pixels (0: its own width). Text after an image starts at an M-RoPE
    # position that grows with the image's width in merged tokens, so with one fixed width each answer position
    # sits at a fixed distance from each image column: the decoder can learn where to look by position before
    # it learns to find glyphs by content. Wider images are scaled down to fit.
    fixed_width: int = 0
    # Line boxes exactly one merged token high (28 px), so that each line of a multi-line plain sample fills its
    # own row of merged tokens: the layout stays known (guided attention, glyph CTC per row) beyond one line.
    grid: bool = False
    # Rehearsal: this share of samples is drawn as an earlier stage draws them, so that a new kind of image does not
    # wipe out what that stage taught (a hard switch from single lines to the `lines` stage did: the answer loss
    # went 2.2 -> 5.5 and the glyph CTC 0.3 -> 5.6 within 20 steps).
    replay: "StageData | None" = None
    replay_fraction: float = 0.0
    # Natural renders (any spacing, padding, gutter, chrome) normalized as the model reads them at inference
    # (vlmedge/screenshots/line_grid.py: each line rescaled into its own token row), within this many merged tokens;
    # 0 = off. Clean samples whose fitted rows match the renderer's lines keep their layout known.
    line_grid: int = 0
    # Row reading (vlmedge/screenshots/line_rows.py): samples are what runtimes read of a natural line-grid render, one
    # text row or a chunk of up to this many rows, cut exactly as line_rows cuts them; 0 = off. Renders whose cut
    # misses a line (a speck taken for a row, a short line taken for none) fall back to the whole screenshot.
    rows: int = 0
    single_rows: float = 0.5  # share of row samples that are one row (runtimes read each row alone, then chunks)
    # Share of code samples cut from real code (the recipe's `real_code` files) in the languages that have some;
    # the rest is generated. Generated code has a small vocabulary the decoder learns to expect; real identifiers
    # and prose comments have to be read off the pixels.
    real_code: float = 0.0

    @property
    def layout_known(self) -> bool:
        """Whether clean samples have known token cells (guided attention, per-row glyph CTC)."""
        return bool(self.line_grid) or (self.plain and self.pad_to == MERGED_PATCH
                                         and (self.max_lines == 1 or self.grid))


# Replayed samples come from this far into the earlier stage's stream: never the ones it trained on, never the
# decoder probe's held-back ones (5,000,000 on).
REPLAY_START = 50_000_000


class Sample(NamedTuple):
    image: Image.Image
    text: str
    # The merged token (row, column) under each character's centre, None for newlines, where the layout is exactly
    # known (clean plain lines on a 28 px grid, so the processor does not resize them); None elsewhere. Guides the
    # decoder's attention.
    cells: tuple[tuple[int, int] | None, ...] | None = None
    random: bool = False  # random characters rather than code
    by_row: bool = False  # line r is drawn in row first_row + r of merged tokens (a grid layout)
    first_row: int = 0
    first_column: int = 0  # the merged-token column where code starts (right of a line-number gutter)


def _narrow(allowed: tuple[str, ...], wanted: tuple[str, ...], what: str) -> tuple[str, ...]:
    if not wanted:
        return allowed
    outside = [name for name in wanted if name not in allowed]
    if outside:
        raise VlmedgeError(f"training stage {what} {outside} are unknown or held out: use some of {list(allowed)}")
    return tuple(wanted)


def random_text(rng: random.Random, lines: int, max_columns: int) -> str:
    out = []
    for _ in range(lines):
        width = rng.randint(3, max(3, max_columns))
        chars = [rng.choice(_RANDOM_CHARS) for _ in range(width)]
        if rng.random() < 0.15:  # some wide characters, two cells each
            for _ in range(rng.randint(1, 4)):
                chars.insert(rng.randrange(len(chars)), rng.choice(RANDOM_WIDE))
        out.append("".join(chars))
    return normalize_code("\n".join(out), 4) or "x"


def pad_to_multiple(image: Image.Image, multiple: int, min_area: int = 56 * 56) -> Image.Image:
    """The image on a canvas of its background colour, both sides multiples of `multiple`, at least `min_area`.

    The area floor matches the processor's min_pixels, below which it would upscale the canvas again.
    """
    height = -(-image.height // multiple) * multiple
    width = max(-(-image.width // multiple), -(-min_area // (height * multiple))) * multiple
    return _on_canvas(image, width, height)


def pad_to_width(image: Image.Image, width: int) -> Image.Image:
    """The image on a canvas `width` pixels wide, of its background colour; scaled down first if wider."""
    if image.width > width:
        image = image.resize((width, max(1, round(image.height * width / image.width))), Image.Resampling.LANCZOS)
    return _on_canvas(image, width, image.height)


def _on_canvas(image: Image.Image, width: int, height: int) -> Image.Image:
    """The image at the top left of a width x height canvas of its background (top-left pixel) colour."""
    canvas = Image.new(image.mode, (width, height), image.getpixel((0, 0)))
    canvas.paste(image, (0, 0))
    return canvas


class SampleStream(IterableDataset):
    """Endless (image, text) pairs for one stage, starting at sample `start` (for resuming)."""

    def __init__(self, base: BuildConfig, stage: StageData, seed: int, start: int = 0,
                 real_code: dict[str, list[SourceFile]] | None = None) -> None:
        super().__init__()
        self.base = replace(base, font_sizes=stage.font_sizes, clean_fraction=stage.clean_fraction,
                            themes=_narrow(base.themes, stage.themes, "themes"),
                            # A stage that names no fonts draws the core ones, minus the held out.
                            fonts=_narrow(base.fonts, stage.fonts, "fonts") if stage.fonts
                            else tuple(name for name in fonts.CORE_FONTS if name in base.fonts),
                            source_fraction=stage.real_code)
        self.real_code = real_code if stage.real_code and real_code else {}
        self.stage = stage
        self.seed = seed
        self.start = start
        self.languages = self.base.language_names()
        self.replayed = SampleStream(base, stage.replay, seed, real_code=real_code) if stage.replay else None

    def sample(self, index: int) -> Sample:
        if self.replayed and random.Random(f"train-replay/{self.seed}/{index}").random() < self.stage.replay_fraction:
            return self.replayed.sample(REPLAY_START + index)
        plan = plan_sample(self.base, "train", index, self.languages, self.real_code, set())
        rng = random.Random(f"train-crop/{self.seed}/{index}")
        lines = plan.text.split("\n")
        count = rng.randint(1, min(self.stage.max_lines, len(lines)))
        first = rng.randrange(len(lines) - count + 1)
        crop = lines[first:first + count]
        widest = max(len(line) for line in crop)
        if widest > self.stage.max_columns:
            left = rng.randint(0, widest - self.stage.max_columns)
            crop = [line[left:left + self.stage.max_columns] for line in crop]
        text = normalize_code("\n".join(crop), 4)
        if not text.strip():
            text = normalize_code(lines[0], 4) or "pass"
        lexer = plan.lexer
        if rng.random() < self.stage.random_fraction:
            widest = max(len(line) for line in text.split("\n"))
            text, lexer = random_text(rng, len(text.split("\n")), widest), "text"
        if self.stage.plain:
            plan = replace(plan, spec=replace(plan.spec, chrome=False, margin=0, title="", line_numbers=False,
                                              padding=plan.spec.padding if self.stage.padding is None
                                              else self.stage.padding))
        if self.stage.grid:
            plan = replace(plan, spec=replace(plan.spec, line_spacing=MERGED_PATCH / plan.spec.font_size))
        plan = replace(plan, text=text, lexer=lexer,
                       degradation=tuple(degrade.sample_plan(rng, self.stage.clean_fraction)))
        image = render_image(plan)
        if self.stage.rows and (cut := self._cut_rows(image, plan, rng, lexer == "text")) is not None:
            return cut
        if self.stage.line_grid:
            return self._on_line_grid(image, plan, lexer == "text")
        scale = min(1.0, self.stage.fixed_width / image.width) if self.stage.fixed_width else 1.0
        cells = None
        one_line = "\n" not in text
        if (self.stage.pad_to == MERGED_PATCH and self.stage.plain and not plan.degradation
                and (one_line or (self.stage.grid and scale == 1.0))):
            cells = _cells(text, plan.spec, scale)
        if self.stage.fixed_width:
            image = pad_to_width(image, self.stage.fixed_width)
        return Sample(pad_to_multiple(image, self.stage.pad_to) if self.stage.pad_to else image, text, cells,
                      lexer == "text", self.stage.grid and scale == 1.0 and not one_line)

    def _on_line_grid(self, image: Image.Image, plan: Any, is_random: bool) -> Sample:
        """The render normalized as at inference; clean ones with the token cell of every character, when the
        fitted rows hold the renderer's lines one each (else the layout is not trusted)."""
        image, grid = line_grid(image, self.stage.line_grid)
        if plan.degradation:
            return Sample(image, plan.text, None, is_random)
        centres, code_left = char_centres(plan.text, plan.spec)
        lines = plan.text.split("\n")
        line_y = [next((c[1] for c in centres_of_line if c), None) for centres_of_line in _split_lines(centres)]
        rows = [int(grid.map_y(y) // MERGED_PATCH) if y is not None else None for y in line_y]
        known = [(r, row) for r, row in enumerate(rows) if row is not None]
        first_row = known[0][1] - known[0][0] if known else 0
        height = grid.size[1] // MERGED_PATCH
        fits = (bool(known) and all(row == first_row + r for r, row in known) and first_row >= 0
                and first_row + len(lines) <= height
                and (len(lines) == 1 or abs(grid.pitch / line_pitch(plan.text, plan.spec) - 1) < 0.03))
        if not fits:
            return Sample(image, plan.text, None, is_random)
        cells = tuple(None if c is None else (int(grid.map_y(c[1]) // MERGED_PATCH),
                                              int(grid.map_x(c[0]) // MERGED_PATCH)) for c in centres)
        return Sample(image, plan.text, cells, is_random, True, first_row,
                      int(grid.map_x(code_left) // MERGED_PATCH))

    def _cut_rows(self, image: Image.Image, plan: Any, rng: random.Random, is_random: bool) -> Sample | None:
        """One row or one chunk of rows of the render, as a runtime reads it; its text dedented to the chunk's
        leftmost line (the runtime takes indentation from the pixels, so the model need not write it). Clean
        ones get the token cell of every character. None where the cut rows are not the renderer's lines."""
        layout = line_rows.split(image)
        lines = plan.text.split("\n")
        coded = [number for number, line in enumerate(lines) if line.strip()]
        if len(layout.rows) != len(coded) or any(row.index - layout.rows[0].index != number - coded[0]
                                                 for row, number in zip(layout.rows, coded, strict=True)):
            return None
        alone = rng.random() < self.stage.single_rows
        if alone:
            first = rng.randrange(len(coded))
            span = (first, first + 1)
        else:
            span = rng.choice(layout.chunks(self.stage.rows, rng.randrange(self.stage.rows)))
        top, bottom = coded[span[0]], coded[span[1] - 1]
        picked = lines[top:bottom + 1]
        indent = min(len(line) - len(line.lstrip(" ")) for line in picked if line.strip())
        text = "\n".join(line[indent:] for line in picked)
        # A row read alone is cut at its own width, a chunk at the shared one, as the runtimes cut them.
        if alone:
            box, cut = layout.row_box(layout.rows[first]), layout.row_image(layout.rows[first])
        else:
            box, cut = layout.crop, layout.chunk_image(span)
        if plan.degradation:
            return Sample(cut, text, None, is_random)
        centres, _ = char_centres(plan.text, plan.spec)
        by_line = _split_lines(centres)
        grid, first_index, left = layout.grid, layout.rows[span[0]].index, box[0]
        cells: list[tuple[int, int] | None] = []
        for offset, number in enumerate(range(top, bottom + 1)):
            if offset:
                cells.append(None)
            for x, y in by_line[number][indent:]:
                row = int(grid.map_y(y) // MERGED_PATCH) - first_index
                if row != offset:  # the fit put this line elsewhere: no layout to trust
                    return Sample(cut, text, None, is_random)
                cells.append((row, max(0, int((grid.map_x(x) - left) // MERGED_PATCH))))
        return Sample(cut, text, tuple(cells), is_random, True, 0, 0)

    def __iter__(self) -> Iterator[Sample]:
        info = get_worker_info()
        workers, worker = (info.num_workers, info.id) if info else (1, 0)
        index = self.start + worker
        while True:
            yield self.sample(index)
            index += workers


def _split_lines(centres: list[Any]) -> list[list[Any]]:
    """Per-character entries split at the newlines' None entries."""
    lines: list[list[Any]] = [[]]
    for entry in centres:
        if entry is None:
            lines.append([])
        else:
            lines[-1].append(entry)
    return lines


def _cells(text: str, spec: Any, scale: float) -> tuple[tuple[int, int] | None, ...]:
    """(row, column) of the merged token under each character of a plain render; one line sits in row 0, and
    on a grid (line box = one token row) line r sits in row r."""
    cells: list[tuple[int, int] | None] = []
    for row, line in enumerate(text.split("\n")):
        if row:
            cells.append(None)  # the newline itself is not drawn
        cells.extend((row, int(x * scale // MERGED_PATCH)) for x in cell_centres(line, spec))
    return tuple(cells)


class Collator:
    """Chat-formatted batches with loss only on the answer (the code and <|im_end|>).

    With `align`, batches also carry `align_mask` (batch, query, key): for the position that predicts each answer
    token, the image tokens its characters sit in (samples without `cells` get no row).
    """

    def __init__(self, processor: Any, align: bool = False) -> None:
        self.processor = processor
        self.align = align
        self.prompt = processor.apply_chat_template(prompt_messages(), add_generation_prompt=True, tokenize=False)
        tokenizer = processor.tokenizer
        self.prompt_ids = len(tokenizer(self.prompt)["input_ids"])  # with one <|image_pad|>
        self.end = "<|im_end|>\n"

    def __call__(self, batch: list[Sample] | list[tuple[Image.Image, str]]) -> dict[str, Any]:
        batch = [Sample(*sample) for sample in batch]
        images = [sample.image for sample in batch]
        texts = [self.prompt + sample.text + self.end for sample in batch]
        self.processor.tokenizer.padding_side = "right"
        encoded = self.processor(text=texts, images=images, return_tensors="pt", padding=True)
        labels = encoded["input_ids"].clone()
        labels[encoded["attention_mask"] == 0] = -100
        merge = self.processor.image_processor.merge_size ** 2
        for row, grid in enumerate(encoded["image_grid_thw"]):
            prompt_length = self.prompt_ids - 1 + int(grid.prod()) // merge
            labels[row, :prompt_length] = -100
        # The trailing "\n" after <|im_end|> is template glue, not something to predict.
        newline = self.processor.tokenizer.convert_tokens_to_ids("Ċ")
        ends = encoded["attention_mask"].sum(dim=1) - 1
        for row, end in enumerate(ends):
            if encoded["input_ids"][row, end] == newline:
                labels[row, end] = -100
        encoded["labels"] = labels
        if self.align:
            encoded["align_mask"] = self._align_mask(encoded, batch)
        return {**encoded, "texts": [sample.text for sample in batch],
                "by_row": [(sample.first_row, sample.first_column) if sample.by_row else None for sample in batch]}

    def _align_mask(self, encoded: dict[str, torch.Tensor], batch: list[Sample]) -> torch.Tensor:
        length = encoded["input_ids"].shape[1]
        mask = torch.zeros(len(batch), length, length, dtype=torch.bool)
        merge = self.processor.image_processor.merge_size
        for row, sample in enumerate(batch):
            if sample.cells is None:
                continue
            answer = self.processor.tokenizer(sample.text, add_special_tokens=False, return_offsets_mapping=True)
            positions = (encoded["labels"][row] != -100).nonzero().flatten()[:len(answer["input_ids"])]
            if encoded["input_ids"][row, positions].tolist() != answer["input_ids"]:
                continue  # tokenized differently inside the chat template: no alignment to trust
            image_positions = (encoded["mm_token_type_ids"][row] == 1).nonzero().flatten()
            height, width = (int(n) // merge for n in encoded["image_grid_thw"][row, 1:])
            for position, (start, end) in zip(positions.tolist(), answer["offset_mapping"], strict=True):
                # Row-major merged tokens; a single line may straddle two token rows, so it gets its whole columns.
                wanted = {t * width + min(c, width - 1) for r, c in filter(None, sample.cells[start:end])
                          for t in ([min(r, height - 1)] if sample.by_row else range(height))}
                if wanted:
                    # The hidden state one position earlier is the one that predicts this token.
                    mask[row, position - 1, image_positions[sorted(wanted)]] = True
        return mask
