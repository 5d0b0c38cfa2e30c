"""Training samples streamed from the dataset builder, and the batch collator.

Samples are planned and drawn on the fly (never stored), from the builder's `train` stream, which shares
no RNG stream with `calibration` or `eval`; renderer settings named in `holdout` are never drawn.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, replace
from typing import Any, Iterator

from PIL import Image
from torch.utils.data import IterableDataset, get_worker_info

from vlmedge.calibration import degrade
from vlmedge.calibration.build import BuildConfig, plan_sample, render_image
from vlmedge.calibration.render import normalize_code
from vlmedge.errors import VlmedgeError
from vlmedge.runtime.torch_runtime import prompt_messages

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

    def __init__(self, base: BuildConfig, stage: StageData, seed: int, start: int = 0) -> None:
        super().__init__()
        self.base = replace(base, font_sizes=stage.font_sizes, clean_fraction=stage.clean_fraction,
                            themes=_narrow(base.themes, stage.themes, "themes"),
                            fonts=_narrow(base.fonts, stage.fonts, "fonts"))
        self.stage = stage
        self.seed = seed
        self.start = start
        self.languages = self.base.language_names()

    def sample(self, index: int) -> tuple[Image.Image, str]:
        plan = plan_sample(self.base, "train", index, self.languages, {}, set())
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
        plan = replace(plan, text=text, lexer=lexer,
                       degradation=tuple(degrade.sample_plan(rng, self.stage.clean_fraction)))
        image = render_image(plan)
        if self.stage.fixed_width:
            image = pad_to_width(image, self.stage.fixed_width)
        return (pad_to_multiple(image, self.stage.pad_to) if self.stage.pad_to else image), text

    def __iter__(self) -> Iterator[tuple[Image.Image, str]]:
        info = get_worker_info()
        workers, worker = (info.num_workers, info.id) if info else (1, 0)
        index = self.start + worker
        while True:
            yield self.sample(index)
            index += workers


class Collator:
    """Chat-formatted batches with loss only on the answer (the code and <|im_end|>)."""

    def __init__(self, processor: Any) -> None:
        self.processor = processor
        self.prompt = processor.apply_chat_template(prompt_messages(), add_generation_prompt=True, tokenize=False)
        tokenizer = processor.tokenizer
        self.prompt_ids = len(tokenizer(self.prompt)["input_ids"])  # with one <|image_pad|>
        self.end = "<|im_end|>\n"

    def __call__(self, batch: list[tuple[Image.Image, str]]) -> dict[str, Any]:
        images = [image for image, _ in batch]
        texts = [self.prompt + text + self.end for _, text in batch]
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
        return {**encoded, "texts": [text for _, text in batch]}
