"""A Qwen2-VL-family folder as the converter needs it: configs and tensors with one naming scheme.

transformers 5 keeps `model.language_model.*` / `model.visual.*` in memory but older checkpoints (and its own
`save_pretrained`) use `model.*` / `visual.*`; we normalise to the latter, which is what both checkpoint
generations on the hub use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from vlmedge.errors import VlmedgeError

SUPPORTED = {"qwen2_vl": "Qwen2-VL", "qwen2_5_vl": "Qwen2.5-VL", "qwen3_vl": "Qwen3-VL"}


@dataclass
class Checkpoint:
    folder: Path
    model_type: str
    config: Any  # transformers config (text and vision sub-configs normalised by transformers)
    raw_config: dict[str, Any]
    preprocessor: dict[str, Any]

    @property
    def text(self) -> Any:
        return self.config.get_text_config()

    @property
    def vision(self) -> Any:
        return self.config.vision_config

    def tensors(self, prefix: str) -> Iterator[tuple[str, np.ndarray]]:
        """(normalised name, float32 array) for every tensor whose normalised name starts with `prefix`."""
        from safetensors import safe_open

        files = sorted(self.folder.glob("*.safetensors"))
        if not files:
            raise VlmedgeError(f"{self.folder} has no *.safetensors weights: save the model with save_pretrained")
        for file in files:
            with safe_open(str(file), "pt") as handle:
                for key in handle.keys():
                    name = normalise(key)
                    if name.startswith(prefix):
                        yield name, handle.get_tensor(key).float().numpy()


def normalise(name: str) -> str:
    for new, old in (("model.language_model.", "model."), ("model.visual.", "visual.")):
        if name.startswith(new):
            return old + name[len(new):]
    return name


def open_checkpoint(folder: Path) -> Checkpoint:
    from transformers import AutoConfig

    folder = Path(folder)
    config_file = folder / "config.json"
    if not config_file.is_file():
        raise VlmedgeError(f"{folder} has no config.json: pass a model folder (or `default`)")
    raw = json.loads(config_file.read_text())
    model_type = raw.get("model_type")
    if model_type not in SUPPORTED:
        raise VlmedgeError(f"the GGUF converter does not support architecture {model_type!r} "
                           f"({', '.join(raw.get('architectures') or [])}): supported are "
                           f"{', '.join(f'{k} ({v})' for k, v in SUPPORTED.items())}")
    if raw.get("quantization_config"):
        raise VlmedgeError(f"{folder} is already quantized ({raw['quantization_config'].get('quant_method')}): "
                           "convert the fp16/bf16 source model and let --type quantize it")
    preprocessor_file = folder / "preprocessor_config.json"
    preprocessor = json.loads(preprocessor_file.read_text()) if preprocessor_file.is_file() else {}
    return Checkpoint(folder, model_type, AutoConfig.from_pretrained(str(folder)), raw, preprocessor)
