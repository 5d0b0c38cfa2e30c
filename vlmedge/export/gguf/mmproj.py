"""The vision tower and merger of a Qwen2-VL / Qwen2.5-VL checkpoint as an mmproj GGUF (arch `clip`).

llama.cpp's clip loader wants q, k and v apart (transformers fuses them as `qkv`) and the temporal-patch
Conv3d as two 2-D kernels, `v.patch_embd.weight` and `v.patch_embd.weight.1` (one per frame of the pair).
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

from vlmedge.errors import VlmedgeError
from vlmedge.export.gguf.checkpoint import Checkpoint

PROJECTORS = {"qwen2_vl": gguf.VisionProjectorType.QWEN2VL, "qwen2_5_vl": gguf.VisionProjectorType.QWEN25VL}
MMPROJ_TYPES = ("f16", "q8_0")
CLIP_MEAN = [0.48145466, 0.4578275, 0.40821073]
CLIP_STD = [0.26862954, 0.26130258, 0.27577711]


def _encode(name: str, array: np.ndarray, kind: str) -> tuple[np.ndarray, gguf.GGMLQuantizationType | None]:
    """f32 for norms and biases; q8_0 for matrices whose rows split into 32-blocks, else f16."""
    if array.ndim < 2:
        return array.astype(np.float32), None
    if kind == "q8_0" and array.ndim == 2 and array.shape[-1] % 32 == 0 and "patch_embd" not in name:
        return gguf.quants.quantize(array.astype(np.float32), gguf.GGMLQuantizationType.Q8_0), \
            gguf.GGMLQuantizationType.Q8_0
    return array.astype(np.float16), None


def write_mmproj(checkpoint: Checkpoint, out: Path, kind: str = "f16") -> Path:
    if checkpoint.model_type not in PROJECTORS:
        raise VlmedgeError(f"mmproj export of {checkpoint.model_type} is not supported yet: supported are "
                           f"{', '.join(PROJECTORS)}")
    if kind not in MMPROJ_TYPES:
        raise VlmedgeError(f"--mmproj-type {kind}: use one of {', '.join(MMPROJ_TYPES)}")
    vision = checkpoint.vision
    if vision.temporal_patch_size != 2:
        raise VlmedgeError(f"vision temporal_patch_size {vision.temporal_patch_size}: llama.cpp's qwen2vl mmproj "
                           "needs 2")
    qwen25 = checkpoint.model_type == "qwen2_5_vl"
    width = vision.hidden_size if qwen25 else vision.embed_dim
    ffn = vision.intermediate_size if qwen25 else vision.embed_dim * vision.mlp_ratio
    writer = gguf.GGUFWriter(str(out), "clip")
    writer.add_type(gguf.GGUFType.MMPROJ)
    writer.add_name(checkpoint.folder.name)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_Q8_0 if kind == "q8_0" else gguf.LlamaFileType.MOSTLY_F16)
    writer.add_clip_has_vision_encoder(True)
    writer.add_clip_projector_type(PROJECTORS[checkpoint.model_type])
    writer.add_vision_projection_dim(checkpoint.text.hidden_size)
    writer.add_vision_image_size(560)  # nominal; qwen2vl images keep their own size within the pixel budget
    writer.add_vision_patch_size(vision.patch_size)
    writer.add_vision_embedding_length(width)
    writer.add_vision_feed_forward_length(ffn)
    writer.add_vision_block_count(vision.depth)
    writer.add_vision_head_count(vision.num_heads)
    writer.add_vision_attention_layernorm_eps(1e-6)
    writer.add_vision_image_mean(list(checkpoint.preprocessor.get("image_mean", CLIP_MEAN)))
    writer.add_vision_image_std(list(checkpoint.preprocessor.get("image_std", CLIP_STD)))
    writer.add_vision_spatial_merge_size(vision.spatial_merge_size)
    if qwen25:
        writer.add_vision_use_silu(True)
        full = list(vision.fullatt_block_indexes)
        # n_wa_pattern: every n-th block uses full attention (Qwen2.5-VL: blocks 7, 15, 23, 31 -> 8).
        pattern = full[0] + 1 if full else 0
        if full != [i for i in range(vision.depth) if pattern and (i + 1) % pattern == 0]:
            raise VlmedgeError(f"fullatt_block_indexes {full} is not every n-th block; llama.cpp cannot express it")
        writer.add_vision_n_wa_pattern(pattern)
        writer.add_vision_window_size(vision.window_size)

    names = gguf.TensorNameMap(gguf.MODEL_ARCH.MMPROJ, vision.depth)
    for name, array in checkpoint.tensors("visual."):
        parts: list[tuple[str, np.ndarray]]
        if name.endswith((".attn.qkv.weight", ".attn.qkv.bias")):
            stem, leaf = name.rsplit(".qkv.", 1)
            parts = [(f"{stem}.{p}.{leaf}", chunk) for p, chunk in zip("qkv", np.split(array, 3, axis=0),
                                                                       strict=True)]
        elif name == "visual.patch_embed.proj.weight":  # [out, 3, 2, p, p] -> two [out, 3, p, p] kernels
            parts = [("v.patch_embd.weight", array[:, :, 0]), ("v.patch_embd.weight.1", array[:, :, 1])]
        else:
            parts = [(name, array)]
        for source, part in parts:
            target = source if source.startswith("v.") else names.get_name(source, try_suffixes=(".weight", ".bias"))
            if target is None:
                raise VlmedgeError(f"{checkpoint.folder}: vision tensor {source} has no mmproj name")
            data, raw_type = _encode(target, np.ascontiguousarray(part), kind)
            if raw_type is None:
                writer.add_tensor(target, data)
            else:
                writer.add_tensor(target, data, raw_shape=data.shape, raw_dtype=raw_type)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return Path(out)
