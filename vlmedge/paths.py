"""Where vlmedge's own files are: the configs and the embedded default model.

They live at the top of a checkout (`configs/`, `models/vlmedge-tiny/`). `vlmedge/_data/configs` and
`vlmedge/_data/models` link there, and a wheel carries them as package data under the same names, so one path
works in a checkout, an editable install and a plain `pip install` outside the checkout. Every other module asks
here.
"""

from __future__ import annotations

import os
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "_data"


def in_data_root(relative: str | Path) -> Path:
    """A path given relative to the top of vlmedge's files (e.g. the recipe's `model_spec`), resolved to the real
    place: the checkout's own folder where there is one, so messages and manifests name it."""
    path = Path(relative)
    return path if path.is_absolute() else (_DATA / path).resolve()


CONFIGS_DIR = in_data_root("configs")
MODEL_SPEC = CONFIGS_DIR / "models" / "vlmedge-tiny.yaml"
SYNTH_SHAPES_DIR = CONFIGS_DIR / "models" / "synth"
TRAIN_RECIPE = CONFIGS_DIR / "train" / "vlmedge-tiny.yaml"
QUANTIZE_RECIPES_DIR = CONFIGS_DIR / "quantize"
TARGETS_DIR = CONFIGS_DIR / "targets"
BUDGETS = CONFIGS_DIR / "budgets.yaml"
SHIPPED_MODEL_DIR = in_data_root("models") / "vlmedge-tiny"
DEFAULT_MODEL_ENV = "VLMEDGE_DEFAULT_MODEL"  # points `--model default` elsewhere, e.g. at a newer training run


def default_model_dir() -> Path:
    """The folder `--model default` names: the shipped model unless VLMEDGE_DEFAULT_MODEL says otherwise."""
    return Path(os.environ.get(DEFAULT_MODEL_ENV, SHIPPED_MODEL_DIR))
