"""Tiny random-weight checkpoints of each Qwen-VL family, saved as real checkpoint folders are laid out."""

from __future__ import annotations

from pathlib import Path

import torch
from transformers import (
    Qwen2_5_VLConfig,
    Qwen2_5_VLForConditionalGeneration,
    Qwen2VLForConditionalGeneration,
    Qwen3VLConfig,
    Qwen3VLForConditionalGeneration,
)
from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

from vlmedge.models.architecture import build_config, read_spec
from vlmedge.models.processor import make_processor, save_processor


def special_ids(tokenizer) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids = {name: tokenizer.convert_tokens_to_ids(token) for name, token in (
        ("image_token_id", "<|image_pad|>"), ("video_token_id", "<|video_pad|>"),
        ("vision_start_token_id", "<|vision_start|>"), ("vision_end_token_id", "<|vision_end|>"))}
    return ids


def save_tiny(folder: Path, family: str, tokenizer) -> Path:  # type: ignore[no-untyped-def]
    """A random-weight model of the family, saved the way a real checkpoint folder is laid out."""
    text = {"vocab_size": len(tokenizer), "hidden_size": 128, "intermediate_size": 256, "num_hidden_layers": 2,
            "num_attention_heads": 4, "num_key_value_heads": 2, "eos_token_id": tokenizer.eos_token_id,
            "pad_token_id": tokenizer.pad_token_id, "bos_token_id": tokenizer.pad_token_id}
    torch.manual_seed(0)
    if family == "qwen2_5_vl":
        text["rope_parameters"] = {"rope_type": "default", "rope_theta": 10000.0, "mrope_section": [4, 6, 6]}
        config = Qwen2_5_VLConfig(vision_config={"depth": 2, "hidden_size": 128, "intermediate_size": 256,
                                                 "num_heads": 4, "out_hidden_size": 128,
                                                 "fullatt_block_indexes": [1]},
                                  text_config=text, **special_ids(tokenizer))
        model, patch = Qwen2_5_VLForConditionalGeneration(config), 14
    else:
        text.update({"head_dim": 32, "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0,
                                                         "mrope_section": [4, 6, 6], "mrope_interleaved": True}})
        config = Qwen3VLConfig(vision_config={"depth": 2, "hidden_size": 128, "intermediate_size": 256,
                                              "num_heads": 4, "out_hidden_size": 128, "num_position_embeddings": 256,
                                              "deepstack_visual_indexes": [0]},
                               text_config=text, **special_ids(tokenizer))
        model, patch = Qwen3VLForConditionalGeneration(config), 16
    folder.mkdir(parents=True)
    model.save_pretrained(str(folder))
    image_processor = Qwen2VLImageProcessorPil(patch_size=patch, min_pixels=4 * (2 * patch) ** 2,
                                               max_pixels=256 * (2 * patch) ** 2)
    save_processor(make_processor(family, image_processor, tokenizer, tokenizer.chat_template), folder)
    return folder


def save_qwen2_vl(folder: Path, tokenizer, intermediate: int = 256) -> Path:  # type: ignore[no-untyped-def]
    """A one-layer Qwen2-VL; `intermediate` may break the shape rules on purpose (set after the spec check)."""
    spec = read_spec()
    spec["text"].update({"num_hidden_layers": 1, "intermediate_size": 256})
    spec["vision"].update({"depth": 1, "embed_dim": 128, "num_heads": 2})
    config = build_config(spec, tokenizer)
    config.text_config.intermediate_size = intermediate
    torch.manual_seed(0)
    Qwen2VLForConditionalGeneration(config).save_pretrained(str(folder))
    save_processor(make_processor("qwen2_vl", Qwen2VLImageProcessorPil(min_pixels=3136, max_pixels=96 * 28 * 28),
                                  tokenizer, tokenizer.chat_template), folder)
    return folder
