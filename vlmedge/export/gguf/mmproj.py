"""The vision tower and merger of a Qwen2-VL / Qwen2.5-VL checkpoint as an mmproj GGUF (arch `clip`).

llama.cpp's qwen2vl clip graph wants q, k and v apart (transformers fuses them as `qkv`; the qwen3vl graph keeps
them fused) and the temporal-patch
Conv3d as two 2-D kernels, `v.patch_embd.weight` and `v.patch_embd.weight.1` (one per frame of the pair).
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

from vlmedge.errors import VlmedgeError
from vlmedge.export.gguf.checkpoint import Checkpoint
from vlmedge.screenshots.line_grid import LINE_GRID_FLAG, LINE_GRID_KEY
from vlmedge.screenshots.line_rows import LINE_ROWS_FLAG, LINE_ROWS_KEY, chunk_rows

PROJECTORS = {"qwen2_vl": gguf.VisionProjectorType.QWEN2VL, "qwen2_5_vl": gguf.VisionProjectorType.QWEN25VL,
              "qwen3_vl": gguf.VisionProjectorType.QWEN3VL}
# Qwen3-VL's merger and deepstack mergers, which gguf's tensor map does not name: HF part -> mmproj part.
_QWEN3_MERGER = {"norm": "v.post_ln", "linear_fc1": "mm.0", "linear_fc2": "mm.2"}
_QWEN3_DEEPSTACK = {"norm": "norm", "linear_fc1": "fc1", "linear_fc2": "fc2"}
MMPROJ_TYPES = ("f16", "q8_0", "f32")
CLIP_MEAN = [0.48145466, 0.4578275, 0.40821073]
CLIP_STD = [0.26862954, 0.26130258, 0.27577711]


def pixel_limits(preprocessor: dict) -> tuple[int, int]:
    """(min_pixels, max_pixels) of a Qwen2-VL image processor config (both spellings transformers writes)."""
    size = preprocessor.get("size") or {}
    low = preprocessor.get("min_pixels") or size.get("shortest_edge") or 56 * 56
    high = preprocessor.get("max_pixels") or size.get("longest_edge") or 28 * 28 * 1280
    return int(low), int(high)


def _encode(name: str, array: np.ndarray, kind: str) -> tuple[np.ndarray, gguf.GGMLQuantizationType | None]:
    """f32 for norms, biases and the position table (clip interpolates it, which ggml does in f32 only) and for
    everything in an f32 mmproj; q8_0 for matrices whose rows split into 32-blocks, else f16."""
    if array.ndim < 2 or "position_embd" in name or kind == "f32":
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
    qwen25, qwen3 = checkpoint.model_type == "qwen2_5_vl", checkpoint.model_type == "qwen3_vl"
    width = vision.embed_dim if checkpoint.model_type == "qwen2_vl" else vision.hidden_size
    ffn = vision.embed_dim * vision.mlp_ratio if checkpoint.model_type == "qwen2_vl" else vision.intermediate_size
    writer = gguf.GGUFWriter(str(out), "clip")
    writer.add_type(gguf.GGUFType.MMPROJ)
    writer.add_name(checkpoint.folder.name)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_Q8_0 if kind == "q8_0" else gguf.LlamaFileType.MOSTLY_F16)
    writer.add_clip_has_vision_encoder(True)
    writer.add_clip_projector_type(PROJECTORS[checkpoint.model_type])
    writer.add_vision_projection_dim(checkpoint.text.hidden_size)
    if qwen3:  # the learned position table covers (image_size / patch)^2 positions, interpolated per image
        writer.add_vision_image_size(int(round(vision.num_position_embeddings ** 0.5)) * vision.patch_size)
    else:
        writer.add_vision_image_size(560)  # nominal; qwen2vl images keep their own size within the pixel budget
    writer.add_vision_patch_size(vision.patch_size)
    writer.add_vision_embedding_length(width)
    writer.add_vision_feed_forward_length(ffn)
    writer.add_vision_block_count(vision.depth)
    writer.add_vision_head_count(vision.num_heads)
    # Qwen3-VL's loader reads the vision LayerNorm eps from this key too; its checkpoints use the text eps.
    writer.add_vision_attention_layernorm_eps(checkpoint.text.rms_norm_eps if qwen3 else 1e-6)
    writer.add_vision_image_mean(list(checkpoint.preprocessor.get("image_mean", CLIP_MEAN)))
    writer.add_vision_image_std(list(checkpoint.preprocessor.get("image_std", CLIP_STD)))
    writer.add_vision_spatial_merge_size(vision.spatial_merge_size)
    # llama.cpp's qwen2vl loader does not read these (its limits come from mtmd's image_min/max_tokens); they
    # travel in the file so our runtime, and a bundle's README, resize as the checkpoint's processor does.
    min_pixels, max_pixels = pixel_limits(checkpoint.preprocessor)
    writer.add_vision_min_pixels(min_pixels)
    writer.add_vision_max_pixels(max_pixels)
    if checkpoint.preprocessor.get(LINE_GRID_FLAG):
        # A model that reads line-grid images: runtimes normalize screenshots first (vlmedge/screenshots/line_grid.py).
        writer.add_bool(LINE_GRID_KEY, True)
    if chunk := chunk_rows(checkpoint.preprocessor.get(LINE_ROWS_FLAG)):
        # ... read by rows and chunks of up to this many rows (vlmedge/screenshots/line_rows.py).
        writer.add_uint32(LINE_ROWS_KEY, chunk)
    if qwen25:
        writer.add_vision_use_silu(True)
        full = list(vision.fullatt_block_indexes)
        # n_wa_pattern: every n-th block uses full attention (Qwen2.5-VL: blocks 7, 15, 23, 31 -> 8).
        pattern = full[0] + 1 if full else 0
        if full != [i for i in range(vision.depth) if pattern and (i + 1) % pattern == 0]:
            raise VlmedgeError(f"fullatt_block_indexes {full} is not every n-th block; llama.cpp cannot express it")
        writer.add_vision_n_wa_pattern(pattern)
        writer.add_vision_window_size(vision.window_size)
    deepstack = list(getattr(vision, "deepstack_visual_indexes", None) or []) if qwen3 else []
    if qwen3:
        writer.add_vision_use_gelu(True)
        writer.add_vision_is_deepstack_layers([i in deepstack for i in range(vision.depth)])

    # The merger's `mlp.0` / `mlp.2` are looked up as block-indexed names, so a vision tower shallower than
    # three blocks still needs a map that knows index 2.
    names = gguf.TensorNameMap(gguf.MODEL_ARCH.MMPROJ, max(vision.depth, 3))
    for name, array in checkpoint.tensors("visual."):
        parts: list[tuple[str, np.ndarray]]
        if name.endswith((".attn.qkv.weight", ".attn.qkv.bias")) and not qwen3:  # qwen3vl's graph takes it fused
            stem, leaf = name.rsplit(".qkv.", 1)
            parts = [(f"{stem}.{p}.{leaf}", chunk) for p, chunk in zip("qkv", np.split(array, 3, axis=0),
                                                                       strict=True)]
        elif name == "visual.patch_embed.proj.weight":  # [out, 3, 2, p, p] -> two [out, 3, p, p] kernels
            parts = [("v.patch_embd.weight", array[:, :, 0]), ("v.patch_embd.weight.1", array[:, :, 1])]
        elif qwen3 and name.startswith("visual.merger."):  # visual.merger.linear_fc1.weight -> mm.0.weight
            part, leaf = name.split(".")[2:]
            parts = [(f"{_QWEN3_MERGER[part]}.{leaf}", array)]
        elif qwen3 and name.startswith("visual.deepstack_merger_list."):  # numbered by the block it taps
            index, part, leaf = name.split(".")[2:]
            parts = [(f"v.deepstack.{deepstack[int(index)]}.{_QWEN3_DEEPSTACK[part]}.{leaf}", array)]
        else:
            parts = [(name, array)]
        for source, part in parts:
            target = source if source.startswith(("v.", "mm.")) else \
                names.get_name(source, try_suffixes=(".weight", ".bias"))
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
