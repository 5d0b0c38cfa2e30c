"""`vlmedge quantize`: one llm-compressor oneshot run from a recipe, saved as a compressed-tensors folder.

The folder is what vLLM serves and what stock transformers reloads (with compressed-tensors installed);
its config's ignore list is rewritten to patterns that match transformers-5 module names.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
import warnings
from pathlib import Path
from typing import Any, Iterator

import torch
import yaml

from vlmedge.calibration.dataset import load_split
from vlmedge.errors import VlmedgeError
from vlmedge.models.loading import load, model_type_of, resolve
from vlmedge.models.processor import save_processor
from vlmedge.quantize.methods import get_method, ignore_patterns, load_recipe, with_vision
from vlmedge.runtime.torch_runtime import prompt_messages
from vlmedge.stage import StageRecord, sha256_file, stage_output

MIN_CALIBRATION_SAMPLES = 16


def _matches(name: str, pattern: str) -> bool:
    from compressed_tensors.utils import match_name

    # Exact names are matched by suffix as well: recipes name layers without the model's prefix.
    return match_name(name, pattern) or (not pattern.startswith("re:") and name.endswith("." + pattern))


def quantizable_linears(model: torch.nn.Module, ignore: list[str]) -> dict[str, torch.nn.Linear]:
    return {name: module for name, module in model.named_modules()
            if isinstance(module, torch.nn.Linear) and not any(_matches(name, p) for p in ignore)}


def check_group_size(model: torch.nn.Module, ignore: list[str], group_size: int | None) -> None:
    if not group_size:
        return
    for name, module in quantizable_linears(model, ignore).items():
        if module.in_features % group_size:
            raise VlmedgeError(f"layer {name} has input width {module.in_features}, not a multiple of the group size "
                               f"{group_size}: add \"{name}\" to the recipe's ignore list or use a model whose "
                               f"widths are multiples of {group_size}")


def vision_layers_that_cannot_be_quantized(model: torch.nn.Module, group_size: int | None) -> list[str]:
    if not group_size:
        return []
    return [name for name, module in model.named_modules()
            if isinstance(module, torch.nn.Linear) and ".visual." in f".{name}." and module.in_features % group_size]


def calibration_dataset(calib_dir: Path, processor: Any, samples: int) -> Any:
    """image + prompt + answer samples from the calibration split, tokenized whole (image tokens intact)."""
    from datasets import Dataset

    split = load_split(calib_dir, "calibration", "--calib")
    count = min(samples, len(split))
    if count < samples or count < MIN_CALIBRATION_SAMPLES:
        warnings.warn(f"calibrating on only {count} samples from {calib_dir} (asked for {samples}; "
                      f"{MIN_CALIBRATION_SAMPLES}+ recommended)", stacklevel=2)
    prompt = processor.apply_chat_template(prompt_messages(), add_generation_prompt=True, tokenize=False)
    rows = []
    for row in split.select(range(count)):
        encoded = processor(text=[prompt + row["text"] + "<|im_end|>\n"], images=[row["image"]], return_tensors="pt")
        rows.append({key: value.numpy() for key, value in encoded.items()})
    return Dataset.from_list(rows), count


def _batch_of_one(batch: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
    # Rows are stored with their batch dimension; pixel_values stay (patches, 1176), never truncated.
    return {key: torch.as_tensor(value) for key, value in batch[0].items()}


@contextlib.contextmanager
def _cpu_pin_memory_patch(enabled: bool) -> Iterator[None]:
    """AWQ's intermediates cache pins memory, which needs an accelerator; on CPU pinning is a no-op anyway."""
    if not enabled or torch.cuda.is_available():
        yield
        return
    from llmcompressor.pipelines import cache

    original = cache.IntermediatesCache.pin_memory
    cache.IntermediatesCache.pin_memory = lambda self, *args, **kwargs: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        cache.IntermediatesCache.pin_memory = original  # type: ignore[method-assign]


def fix_saved_ignore_list(folder: Path, ignore: list[str]) -> list[str]:
    """llm-compressor writes ignored layers under pre-transformers-5 names (`visual.blocks.0...`); rewrite them.

    Exact names are turned into suffix regexes, which match both `visual.x` and `model.visual.x`.
    """
    config_path = folder / "config.json"
    config = json.loads(config_path.read_text())
    fixed = [p if p.startswith("re:") else f"re:(.*\\.)?{re.escape(p)}$" for p in ignore]
    config["quantization_config"]["ignore"] = fixed
    config_path.write_text(json.dumps(config, indent=2) + "\n")
    return fixed


def quantize(method_name: str, out: Path, model: str = "default", calib: Path | None = None, samples: int = 64,
             recipe_path: Path | None = None, quantize_vision: bool = False, overwrite: bool = False) -> dict:
    from llmcompressor import oneshot

    method = get_method(method_name)
    if method.recipe is None:  # not an llm-compressor method
        raise VlmedgeError(f"{method_name} is built by {method.backend}, not llm-compressor: run `vlmedge quantize "
                           f"--method {method_name}` or `vlmedge export gguf`")
    recipe_path = Path(recipe_path or method.recipe)
    recipe = load_recipe(recipe_path)
    source = resolve(model)
    model_type_of(source)
    if "quantization_config" in json.loads((source / "config.json").read_text()):
        raise VlmedgeError(f"{source} is already quantized: quantize the full-precision model instead")
    if calib is None or not Path(calib).exists():
        raise VlmedgeError(f"--calib {calib} does not exist: build one with `vlmedge calibrate --out {calib}`")
    source_config = json.loads((source / "config.json").read_text())
    source_dtype = getattr(torch, source_config.get("dtype") or source_config.get("torch_dtype") or "float32")
    loaded = load(source, dtype=torch.float32)
    network, processor = loaded.model, loaded.processor

    skipped_vision: list[str] = []
    if quantize_vision:
        skipped_vision = vision_layers_that_cannot_be_quantized(network, method.group_size)
        recipe = with_vision(recipe, skipped_vision)
    ignore = ignore_patterns(recipe)
    check_group_size(network, ignore, method.group_size)
    quantized_layers = sorted(quantizable_linears(network, ignore))

    dataset, used = calibration_dataset(Path(calib), processor, samples)
    calib_manifest = Path(calib) / "manifest.json"
    fingerprint = json.loads(calib_manifest.read_text())["results"]["fingerprint"] if calib_manifest.is_file() else None
    record = StageRecord("quantize", parameters={
        "method": method.name, "description": method.description, "recipe_file": str(recipe_path),
        "recipe": recipe, "quantize_vision": quantize_vision, "samples_requested": samples})
    record.inputs = {"model": str(source), "model_config_sha256": sha256_file(source / "config.json"),
                     "calibration": str(calib), "calibration_fingerprint": fingerprint, "calibration_samples": used}
    with stage_output(Path(out), record, overwrite=overwrite) as folder:
        started = time.perf_counter()
        with _cpu_pin_memory_patch(method.name == "awq"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # The sequential pipeline traces the vision tower into its first subgraph, where some vision
            # Linears gather no statistics; with the tower quantized, calibrate in one plain pass instead.
            pipeline = "basic" if quantize_vision else "independent"
            oneshot(model=network, processor=processor, dataset=dataset, recipe=yaml.safe_dump(recipe),
                    num_calibration_samples=used, data_collator=_batch_of_one, shuffle_calibration_samples=False,
                    max_seq_length=1 << 16, pipeline=pipeline)
        seconds = time.perf_counter() - started
        # Calibrate in float32 (CPU), but save what stays unquantized (vision, embeddings) in the source's dtype.
        network.to(source_dtype)
        network.save_pretrained(str(folder), save_compressed=True)
        saved_ignore = fix_saved_ignore_list(folder, ignore)
        save_processor(processor, folder)
        weights = sum(p.stat().st_size for p in folder.glob("*.safetensors"))
        original = sum(p.stat().st_size for p in source.glob("*.safetensors"))
        record.results.update({
            "quantize_seconds": round(seconds, 2), "quantized_linear_layers": len(quantized_layers),
            "vision_layers_left_unquantized": skipped_vision, "ignore": saved_ignore,
            "weights_bytes": weights, "source_weights_bytes": original,
            "scheme": json.loads((folder / "config.json").read_text())["quantization_config"].get("config_groups"),
        })
    return record.results
