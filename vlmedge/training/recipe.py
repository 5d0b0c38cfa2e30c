"""The training recipe (configs/train/vlmedge-tiny.yaml) as a schema: every key a stage or the run may set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vlmedge.config import Strict, read_yaml
from vlmedge.paths import TRAIN_RECIPE


class TokenizerSpec(Strict):
    vocab_size: int
    corpus_units: int  # generated programs the BPE is trained on


class OptimizerSpec(Strict):
    lr: float
    warmup_steps: int
    weight_decay: float
    grad_clip: float


class HoldoutSpec(Strict):
    """Renderer settings and real code that training never draws (the unseen-renderer check reads them)."""

    fonts: list[str] = []
    themes: list[str] = []
    sources: list[str] = []
    languages: list[str] = []


class ReplaySpec(Strict):
    stage: str
    fraction: float


class CooldownSpec(Strict):
    steps: int
    to: float


class StageSpec(Strict):
    name: str
    until_step: int
    batch_size: int
    max_lines: int
    clean_fraction: float
    random_fraction: float
    font_sizes: list[int]
    max_columns: int = 100
    themes: list[str] = []
    fonts: list[str] = []
    plain: bool = False
    pad_to: int = 0
    padding: int | None = None
    fixed_width: int = 0
    grid: bool = False
    line_grid: bool = False
    rows: int = 0
    single_rows: float = 0.5
    real_code: float = 0.0
    glyph_ctc: float = 0.0
    answer: bool = True
    align: float = 0.0
    replay: ReplaySpec | None = None
    cooldown: CooldownSpec | None = None


class GuidedAttentionSpec(Strict):
    layer: int = 1
    head: int = 0


class Recipe(Strict):
    model_spec: str
    seed: int
    tokenizer: TokenizerSpec
    optimizer: OptimizerSpec
    holdout: HoldoutSpec = HoldoutSpec()
    real_code: list[str] = []
    max_pixels: int
    read_by_rows: int | bool = 0
    stages: list[StageSpec]
    guided_attention: GuidedAttentionSpec = GuidedAttentionSpec()
    checkpoint_every: int
    keep_every: int = 0  # export the weights to kept/step-N every this many steps; 0: never
    eval_samples: int


def read_recipe(path: Path = TRAIN_RECIPE) -> dict[str, Any]:
    """The recipe as written, once it fits `Recipe`."""
    return read_yaml(path, Recipe, "training recipe", TRAIN_RECIPE)
