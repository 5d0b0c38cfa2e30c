"""The quantization-method registry: one entry per method, its recipe a YAML file in configs/quantize/."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from vlmedge.config import describe
from vlmedge.errors import VlmedgeError
from vlmedge.paths import QUANTIZE_RECIPES_DIR as RECIPE_DIR

VISION_PATTERN = "re:.*visual.*"


@dataclass(frozen=True)
class QuantMethod:
    name: str
    description: str
    recipe: Path | None
    group_size: int | None  # weight group size the scheme needs the input width to divide, if any
    backend: str = "llm-compressor"  # or "llama.cpp" (`vlmedge export gguf`), "onnxruntime" (`vlmedge export onnx`)


METHODS: dict[str, QuantMethod] = {m.name: m for m in (
    QuantMethod("int8", "GPTQ W8A8 (int8 weights and dynamic int8 activations)",
                RECIPE_DIR / "int8.yaml", None),
    QuantMethod("gptq", "GPTQ W4A16, group 128", RECIPE_DIR / "gptq.yaml", 128),
    QuantMethod("awq", "AWQ W4A16, group 128", RECIPE_DIR / "awq.yaml", 128),
    QuantMethod("gguf", "llama.cpp GGUF: text model q4_k_m (--gguf-type), mmproj f16", None, None, "llama.cpp"),
    QuantMethod("onnx", "ONNX Runtime: decoder int4 MatMulNBits (--onnx-quant), vision fp32 (export onnx "
                "--vision-quant for more)", None, None, "onnxruntime"),
)}


def get_method(name: str) -> QuantMethod:
    if name not in METHODS:
        raise VlmedgeError(f"unknown quantization method {name!r}: choose one of {', '.join(METHODS)}")
    return METHODS[name]


def load_recipe(path: Path) -> dict[str, Any]:
    if not Path(path).is_file():
        raise VlmedgeError(f"recipe {path} does not exist: pass a YAML file like {RECIPE_DIR / 'gptq.yaml'}")
    try:
        recipe = yaml.safe_load(Path(path).read_text())
    except yaml.YAMLError as exc:
        raise VlmedgeError(f"recipe {path} is not valid YAML ({exc.problem}): fix the file") from exc
    if not isinstance(recipe, dict) or not modifiers(recipe):
        raise VlmedgeError(f"recipe {path} has no `<stage>: <group>_modifiers: {{Modifier: {{...}}}}` section")
    check_modifiers(recipe, path)
    return recipe


def check_modifiers(recipe: dict[str, Any], path: Path) -> None:
    """llm-compressor's own schema (a pydantic model per modifier) checked now, before a model is loaded: a
    mistyped modifier or key is one line naming it, not a trace after minutes of calibration."""
    from llmcompressor.recipe import Recipe
    from pydantic import ValidationError

    try:
        Recipe.from_dict(copy.deepcopy(recipe))
    except ValidationError as exc:
        raise VlmedgeError(f"recipe {path}: {exc.title}: {describe(exc)}: fix the file") from None
    except ValueError as exc:  # an unknown modifier name
        raise VlmedgeError(f"recipe {path}: {str(exc).splitlines()[0]}: fix the file (llm-compressor modifiers "
                           "are named like GPTQModifier, AWQModifier, QuantizationModifier)") from None


def modifiers(recipe: dict[str, Any]) -> list[dict[str, Any]]:
    """Every modifier's argument mapping in an llm-compressor recipe, in order (edited in place)."""
    found = []
    for stage in recipe.values():
        if not isinstance(stage, dict):
            continue
        for key, group in stage.items():
            if key.endswith("_modifiers") and isinstance(group, dict):
                found += [args for args in group.values() if isinstance(args, dict)]
    return found


def ignore_patterns(recipe: dict[str, Any]) -> list[str]:
    patterns: list[str] = []
    for args in modifiers(recipe):
        for pattern in args.get("ignore", []):
            if pattern not in patterns:
                patterns.append(pattern)
    return patterns


def with_vision(recipe: dict[str, Any], extra_ignore: list[str]) -> dict[str, Any]:
    """The recipe with the vision tower quantized, except the named layers whose shapes do not allow it."""
    for args in modifiers(recipe):
        if "ignore" in args:
            args["ignore"] = [p for p in args["ignore"] if p != VISION_PATTERN] + extra_ignore
    return recipe
