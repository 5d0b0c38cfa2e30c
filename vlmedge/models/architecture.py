"""The default model's architecture: a YAML spec turned into a checked `Qwen2VLConfig`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from transformers import PreTrainedTokenizerBase, Qwen2VLConfig

from vlmedge.config import Strict, read_yaml
from vlmedge.errors import VlmedgeError
from vlmedge.paths import MODEL_SPEC


class TextSpec(Strict):
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    num_key_value_heads: int
    mrope_section: list[int]
    rope_theta: float
    max_position_embeddings: int


class VisionSpec(Strict):
    depth: int
    embed_dim: int
    num_heads: int
    mlp_ratio: int
    patch_size: int
    spatial_merge_size: int
    temporal_patch_size: int


class ImageSpec(Strict):
    min_pixels: int
    max_pixels: int


class ModelSpec(Strict):
    """configs/models/vlmedge-tiny.yaml: the default model's shape."""

    text: TextSpec
    vision: VisionSpec
    image: ImageSpec


def read_spec(path: Path = MODEL_SPEC) -> dict[str, Any]:
    return read_yaml(path, ModelSpec, "model spec", MODEL_SPEC)


def check_shapes(spec: dict[str, Any]) -> None:
    """The shape rules every later target needs; a spec that breaks one cannot ship."""
    text, vision = spec["text"], spec["vision"]
    head_dim = text["hidden_size"] // text["num_attention_heads"]
    problems = []
    for name, width in (("text.hidden_size", text["hidden_size"]), ("text.intermediate_size",
                        text["intermediate_size"])):
        if width % 256:
            problems.append(f"{name}={width} is not a multiple of 256 (llama.cpp K-quants)")
    for name, width in (("vision.embed_dim", vision["embed_dim"]),
                        ("vision mlp width", vision["embed_dim"] * vision["mlp_ratio"])):
        if width % 128:
            problems.append(f"{name}={width} is not a multiple of 128 (GPTQ/AWQ group 128)")
    if sum(text["mrope_section"]) != head_dim // 2:
        problems.append(f"mrope_section {text['mrope_section']} must sum to head_dim/2 = {head_dim // 2}")
    if vision["temporal_patch_size"] != 2:
        problems.append("vision.temporal_patch_size must be 2 (llama.cpp's qwen2vl mmproj)")
    if problems:
        raise VlmedgeError("model spec breaks shape rules: " + "; ".join(problems))


def build_config(spec: dict[str, Any], tokenizer: PreTrainedTokenizerBase) -> Qwen2VLConfig:
    check_shapes(spec)
    text, vision = spec["text"], spec["vision"]
    ids = {token: tokenizer.convert_tokens_to_ids(token) for token in
           ("<|image_pad|>", "<|video_pad|>", "<|vision_start|>", "<|vision_end|>", "<|im_end|>",
            "<|endoftext|>")}
    return Qwen2VLConfig(
        vision_config={
            "depth": vision["depth"], "embed_dim": vision["embed_dim"], "hidden_size": text["hidden_size"],
            "num_heads": vision["num_heads"], "mlp_ratio": vision["mlp_ratio"], "patch_size": vision["patch_size"],
            "spatial_merge_size": vision["spatial_merge_size"],
            "temporal_patch_size": vision["temporal_patch_size"],
        },
        text_config={
            "vocab_size": len(tokenizer), "hidden_size": text["hidden_size"],
            "intermediate_size": text["intermediate_size"], "num_hidden_layers": text["num_hidden_layers"],
            "num_attention_heads": text["num_attention_heads"],
            "num_key_value_heads": text["num_key_value_heads"],
            "max_position_embeddings": text["max_position_embeddings"],
            "rope_parameters": {"rope_type": "default", "rope_theta": text["rope_theta"],
                                "mrope_section": list(text["mrope_section"])},
            "tie_word_embeddings": True,
            "bos_token_id": ids["<|endoftext|>"], "eos_token_id": ids["<|im_end|>"],
            "pad_token_id": ids["<|endoftext|>"],
        },
        image_token_id=ids["<|image_pad|>"], video_token_id=ids["<|video_pad|>"],
        vision_start_token_id=ids["<|vision_start|>"], vision_end_token_id=ids["<|vision_end|>"],
        tie_word_embeddings=True,
    )
