"""What the ONNX graphs of a Qwen2-VL-family model take, computed in numpy (no torch, no transformers), so an edge
device needs onnxruntime, tokenizers and Pillow only: the image cut into patches as the checkpoint's processor cuts
it, the vision tower's rotary positions and attention segments (and Qwen2.5-VL's windows), and the decoder's 3-D
M-RoPE position ids. Each is the data-dependent part transformers computes in Python around its modules; the
graphs hold only tensor math. tests/test_onnx.py checks every one against transformers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from vlmedge.screenshots.sizing import model_size


@dataclass(frozen=True)
class ImageSpec:
    """The image processor's settings (preprocessor_config.json)."""

    patch: int
    merge: int
    temporal: int
    min_pixels: int
    max_pixels: int
    mean: tuple[float, float, float]
    std: tuple[float, float, float]
    rescale: float

    @classmethod
    def read(cls, folder: Path) -> "ImageSpec":
        config = json.loads((Path(folder) / "preprocessor_config.json").read_text())
        size = config.get("size") or {}
        return cls(patch=int(config.get("patch_size", 14)), merge=int(config.get("merge_size", 2)),
                   temporal=int(config.get("temporal_patch_size", 2)),
                   min_pixels=int(config.get("min_pixels") or size.get("shortest_edge") or 56 * 56),
                   max_pixels=int(config.get("max_pixels") or size.get("longest_edge") or 28 * 28 * 1280),
                   mean=tuple(config.get("image_mean", (0.48145466, 0.4578275, 0.40821073))),
                   std=tuple(config.get("image_std", (0.26862954, 0.26130258, 0.27577711))),
                   rescale=float(config.get("rescale_factor", 1 / 255)))


def patchify(image: Image.Image, spec: ImageSpec) -> tuple[np.ndarray, tuple[int, int, int]]:
    """(pixel_values [patches, 3 * temporal * patch^2], grid (t, h, w) in patches), as the PIL image processor:
    bicubic resize to the processor's size, rescale, normalize, patches grouped merge-block by merge-block."""
    unit = spec.patch * spec.merge
    height, width = model_size(image.height, image.width, unit, spec.min_pixels, spec.max_pixels)
    rgb = image.convert("RGB")
    if (width, height) != rgb.size:
        rgb = rgb.resize((width, height), Image.Resampling.BICUBIC)
    pixels = np.asarray(rgb, dtype=np.float32).transpose(2, 0, 1) * np.float32(spec.rescale)
    pixels = (pixels - np.asarray(spec.mean, np.float32)[:, None, None]) / np.asarray(spec.std, np.float32)[:, None,
                                                                                                             None]
    grid_h, grid_w = height // spec.patch, width // spec.patch
    blocks = pixels.reshape(3, grid_h // spec.merge, spec.merge, spec.patch, grid_w // spec.merge, spec.merge,
                            spec.patch).transpose(1, 4, 2, 5, 0, 3, 6)
    blocks = np.broadcast_to(blocks[:, :, :, :, :, None], (*blocks.shape[:5], spec.temporal, *blocks.shape[5:]))
    return np.ascontiguousarray(blocks.reshape(grid_h * grid_w, -1), dtype=np.float32), (1, grid_h, grid_w)


def vision_position_ids(grid: tuple[int, int, int], merge: int) -> np.ndarray:
    """(patches, 2) int64: each patch's (row, column), merge blocks laid out one after another."""
    t, h, w = grid
    rows, cols = np.meshgrid(np.arange(h), np.arange(w), indexing="ij")
    shape = (h // merge, merge, w // merge, merge)
    rows = rows.reshape(shape).transpose(0, 2, 1, 3).reshape(-1)
    cols = cols.reshape(shape).transpose(0, 2, 1, 3).reshape(-1)
    return np.tile(np.stack([rows, cols], axis=1), (t, 1)).astype(np.int64)


def cu_seqlens(grid: tuple[int, int, int]) -> np.ndarray:
    """Attention segments of the vision tower: one per frame."""
    t, h, w = grid
    return np.arange(t + 1, dtype=np.int32) * (h * w)


def window_inputs(grid: tuple[int, int, int], merge: int, window_size: int, patch: int
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Qwen2.5-VL's (window_index, cu_window_seqlens): merged tokens regrouped window by window, and the windows'
    cumulative lengths in patches."""
    t, h, w = grid
    size = window_size // merge // patch
    llm_h, llm_w = h // merge, w // merge
    index = np.arange(t * llm_h * llm_w).reshape(t, llm_h, llm_w)
    pad_h, pad_w = size - llm_h % size, size - llm_w % size
    windows_h, windows_w = (llm_h + pad_h) // size, (llm_w + pad_w) // size
    padded = np.pad(index, ((0, 0), (0, pad_h), (0, pad_w)), constant_values=-100)
    padded = padded.reshape(t, windows_h, size, windows_w, size).transpose(0, 1, 3, 2, 4)
    padded = padded.reshape(t, windows_h * windows_w, size, size)
    lengths = (padded != -100).sum(axis=(2, 3)).reshape(-1)
    flat = padded.reshape(-1)
    cumulative = np.concatenate([[0], np.cumsum(lengths) * merge * merge]).astype(np.int32)
    keep = np.concatenate([[True], np.diff(cumulative) != 0])  # as torch.unique_consecutive
    return flat[flat != -100].astype(np.int64), cumulative[keep]


def rope_index(ids: np.ndarray, grids: list[tuple[int, int, int]], image_token_id: int, merge: int
               ) -> tuple[np.ndarray, int]:
    """(position_ids [3, tokens], the next text position): text tokens count 0, 1, 2, ... on all three axes; an
    image's tokens get (frame, row, column) offsets from where it starts, and text after it resumes at that start
    plus its larger side (transformers 5's get_rope_index)."""
    positions = np.zeros((3, len(ids)), np.int64)
    images = iter(grids)
    current, index = 0, 0
    while index < len(ids):
        if ids[index] == image_token_id:
            t, h, w = next(images)
            h, w = h // merge, w // merge
            count = t * h * w
            frame = np.repeat(np.arange(t), h * w)
            row = np.tile(np.repeat(np.arange(h), w), t)
            col = np.tile(np.arange(w), t * h)
            positions[:, index:index + count] = np.stack([frame, row, col]) + current
            current += max(h, w)
            index += count
        else:
            positions[:, index] = current
            current += 1
            index += 1
    return positions, current
