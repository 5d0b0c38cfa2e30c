"""`load(name_or_path)`: a Qwen2-VL-family model and its processor, offline, without torchvision."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError

from vlmedge.errors import VlmedgeError
from vlmedge.models.processor import PROCESSOR_CLASSES, load_processor
from vlmedge.paths import default_model_dir

DEFAULT_NAME = "default"
MODEL_CLASSES = {
    "qwen2_vl": "Qwen2VLForConditionalGeneration",
    "qwen2_5_vl": "Qwen2_5_VLForConditionalGeneration",
    "qwen3_vl": "Qwen3VLForConditionalGeneration",
}


@dataclass
class LoadedModel:
    model: Any
    processor: Any
    path: Path
    model_type: str


def resolve(name_or_path: str | Path) -> Path:
    """A local folder for `default`, a path, or a hub id already in the local cache (or fetched when online)."""
    if str(name_or_path) == DEFAULT_NAME:
        folder = default_model_dir()
        if not (folder / "config.json").is_file():
            raise VlmedgeError(f"the default model is missing at {folder}: restore models/vlmedge-tiny from git "
                               "or train one with `vlmedge train-default`")
        return folder
    folder = Path(name_or_path)
    if folder.exists():
        if not folder.is_dir() or not (folder / "config.json").is_file():
            raise VlmedgeError(f"{folder} is not a model folder (no config.json): pass a folder saved by "
                               "save_pretrained, or `default`")
        return folder
    if str(name_or_path).count("/") == 1 and not str(name_or_path).startswith((".", "/")):
        from huggingface_hub import snapshot_download

        try:
            return Path(snapshot_download(str(name_or_path), local_files_only=True))
        except Exception:  # noqa: BLE001 - any cache miss falls through to an online try
            pass
        try:
            return Path(snapshot_download(str(name_or_path)))
        except Exception as exc:  # noqa: BLE001 - the hub client raises many types; the message says which
            raise VlmedgeError(f"{name_or_path} is not a local folder and could not be fetched from the hub "
                               f"({type(exc).__name__}): download it where you have internet and pass the folder"
                               ) from exc
    raise VlmedgeError(f"model folder {folder} does not exist: pass a saved model folder or `default`")


def model_type_of(folder: Path) -> str:
    try:
        config = json.loads((folder / "config.json").read_text())
    except (OSError, json.JSONDecodeError) as exc:
        raise VlmedgeError(f"{folder}/config.json is unreadable ({exc}): the model folder is corrupt") from exc
    model_type = config.get("model_type")
    if model_type not in MODEL_CLASSES:
        raise VlmedgeError(f"{folder} holds a {model_type!r} model, not a Qwen2-VL-family one: supported are "
                           f"{', '.join(MODEL_CLASSES)}")
    return model_type


def is_w8a8(quantization: dict[str, Any]) -> bool:
    groups = quantization.get("config_groups") or {}
    return any((g.get("weights") or {}).get("num_bits") == 8 and g.get("input_activations")
               for g in groups.values())


def load(name_or_path: str | Path = DEFAULT_NAME, dtype: torch.dtype = torch.float32,
         device: str = "cpu") -> LoadedModel:
    import transformers

    folder = resolve(name_or_path)
    model_type = model_type_of(folder)
    model_class = getattr(transformers, MODEL_CLASSES[model_type])
    config = json.loads((folder / "config.json").read_text())
    quantization = config.get("quantization_config") or {}
    kwargs: dict[str, Any] = {}
    if quantization.get("quant_method") == "compressed-tensors":
        from transformers import CompressedTensorsConfig

        # CPU has no kernels for packed int4/int8: decompress to dense Linears (same numbers as the fake-quant path).
        kwargs["quantization_config"] = CompressedTensorsConfig(run_compressed=device != "cpu")
    try:
        # The explicit cast matters for decompressed variants: their dense weights come out in the scales'
        # dtype (fp16 for an fp16 source) whatever `dtype` says, and fbgemm's int8 Linear needs float32.
        model = model_class.from_pretrained(str(folder), dtype=dtype, **kwargs).to(device=device, dtype=dtype)
    except (OSError, SafetensorError, RuntimeError) as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise VlmedgeError(f"could not load the model weights in {folder} ({first_line}): the folder is corrupt "
                           "or incomplete; re-save or re-download it") from exc
    model.eval()
    if device == "cpu" and is_w8a8(quantization):
        from vlmedge.models.cpu_int8 import dynamic_int8

        dynamic_int8(model, quantization.get("ignore", []))
    try:
        processor = load_processor(folder, model_type)
    except (OSError, ValueError) as exc:
        raise VlmedgeError(f"could not load the processor files in {folder} ({exc}): the folder needs "
                           "tokenizer and preprocessor_config.json files") from exc
    return LoadedModel(model, processor, folder, model_type)


__all__ = ["load", "LoadedModel", "resolve", "PROCESSOR_CLASSES"]
