"""`vlmedge synth`: random-weight models of real Qwen2-VL-family checkpoints' exact shapes.

Speed and memory at real scale need the real shapes, not the real weights (which cannot be downloaded here).
Every folder written here says "random weights" in its config (`vlmedge_synth`), its manifest and every
result measured on it. The tokenizer is the embedded default's: its ids fit any larger vocabulary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import torch

from vlmedge.config import Strict, read_yaml
from vlmedge.errors import VlmedgeError
from vlmedge.paths import SYNTH_SHAPES_DIR

DTYPES = {"bfloat16": torch.bfloat16, "float16": torch.float16, "float32": torch.float32}
_CLASSES = {
    "qwen2_vl": ("Qwen2VLConfig", "Qwen2VLForConditionalGeneration"),
    "qwen2_5_vl": ("Qwen2_5_VLConfig", "Qwen2_5_VLForConditionalGeneration"),
    "qwen3_vl": ("Qwen3VLConfig", "Qwen3VLForConditionalGeneration"),
}


class ShapeImage(Strict):
    patch_size: int
    merge_size: int


class SynthShape(Strict):
    """A configs/models/synth/ file: a released checkpoint's config, its weights left random."""

    family: Literal["qwen2_vl", "qwen2_5_vl", "qwen3_vl"]
    params_note: str = ""
    text_config: dict[str, Any]  # passed to the family's config class as they are
    vision_config: dict[str, Any]
    image: ShapeImage


def shape_names() -> list[str]:
    return sorted(p.stem for p in SYNTH_SHAPES_DIR.glob("*.yaml"))


def read_shape(like: str) -> dict[str, Any]:
    path = Path(like) if like.endswith((".yaml", ".yml")) else SYNTH_SHAPES_DIR / f"{like}.yaml"
    if not path.is_file():
        raise VlmedgeError(f"--like {like}: unknown shape; use one of {', '.join(shape_names())} or a YAML file "
                           f"like {SYNTH_SHAPES_DIR / 'qwen2-vl-2b.yaml'}")
    return {**read_yaml(path, SynthShape, "--like"), "name": path.stem}


def build_model(shape: dict[str, Any], tokenizer: Any, dtype: torch.dtype, seed: int) -> Any:
    import transformers

    config_name, model_name = _CLASSES[shape["family"]]
    ids = {key: tokenizer.convert_tokens_to_ids(token) for key, token in (
        ("image_token_id", "<|image_pad|>"), ("video_token_id", "<|video_pad|>"),
        ("vision_start_token_id", "<|vision_start|>"), ("vision_end_token_id", "<|vision_end|>"))}
    end, pad = tokenizer.convert_tokens_to_ids("<|im_end|>"), tokenizer.convert_tokens_to_ids("<|endoftext|>")
    text = {**shape["text_config"], "eos_token_id": end, "pad_token_id": pad, "bos_token_id": pad}
    config = getattr(transformers, config_name)(text_config=text, vision_config=shape["vision_config"],
                                                tie_word_embeddings=text.get("tie_word_embeddings", True), **ids)
    config.vlmedge_synth = {"like": shape["name"], "weights": "random weights", "seed": seed}
    torch.manual_seed(seed)
    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)  # initialise in the target dtype: a 3 B model in fp32 first would need 12 GB
    try:
        model = getattr(transformers, model_name)(config)
    finally:
        torch.set_default_dtype(previous)
    return model.eval()


def synthesize(like: str, out: Path, dtype: str = "bfloat16", seed: int = 0, overwrite: bool = False) -> Path:
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    from vlmedge.models.loading import resolve
    from vlmedge.models.processor import load_processor, make_processor, save_processor
    from vlmedge.stage import StageRecord, prepare_output_dir, stage_output

    if dtype not in DTYPES:
        raise VlmedgeError(f"--dtype {dtype}: use one of {', '.join(DTYPES)}")
    shape = read_shape(like)
    prepare_output_dir(Path(out), overwrite)
    tokenizer = load_processor(resolve("default"), "qwen2_vl").tokenizer
    model = build_model(shape, tokenizer, DTYPES[dtype], seed)
    image = shape["image"]
    patch, merge = image["patch_size"], image["merge_size"]
    # The pixel budget of a 1024 px screenshot, as in the benchmarks; users may raise it in the saved file.
    image_processor = Qwen2VLImageProcessorPil(patch_size=patch, merge_size=merge, temporal_patch_size=2,
                                               min_pixels=4 * (patch * merge) ** 2, max_pixels=1024 * 1024)
    processor = make_processor(shape["family"], image_processor, tokenizer, tokenizer.chat_template)
    params = sum(p.numel() for p in model.parameters())
    record = StageRecord("synth", parameters={"like": shape["name"], "dtype": dtype, "seed": seed},
                         inputs={"shape": shape},
                         results={"weights": "random weights", "parameters": params, "family": shape["family"]})
    with stage_output(Path(out), record, overwrite=overwrite) as folder:
        model.save_pretrained(str(folder))
        save_processor(processor, folder)
    return Path(out)


def synthesized(like: str, work: Path) -> Path:
    """work/LIKE, written once (bf16, seed 0) and reused by every benchmark after that."""
    folder = Path(work) / like
    if not (folder / "manifest.json").is_file():
        print(f"writing a random-weight {like} model to {folder} ...", flush=True)
        synthesize(like, folder, dtype="bfloat16")
    return folder
