"""The size a Qwen2-VL-family processor gives an image: both sides multiples of one merged token (`factor` px),
the aspect kept, the area within [min_pixels, max_pixels].

Written here rather than imported from transformers so that a light client (no transformers, no torch) sizes a
screenshot exactly as the model's processor does; tests/test_line_grid.py checks it against transformers'
`smart_resize` on thousands of sizes.
"""

from __future__ import annotations

import math

MAX_ASPECT = 200  # the processor refuses anything more elongated


def model_size(height: int, width: int, factor: int, min_pixels: int, max_pixels: int) -> tuple[int, int]:
    """(height, width) the processor resizes an image of this size to; ValueError past MAX_ASPECT."""
    if max(height, width) / min(height, width) > MAX_ASPECT:
        raise ValueError(f"its aspect ratio {max(height, width) / min(height, width):.0f} is over {MAX_ASPECT}")
    rounded_h, rounded_w = round(height / factor) * factor, round(width / factor) * factor
    if rounded_h * rounded_w > max_pixels:  # shrink by the area ratio, rounding down to stay within the budget
        scale = math.sqrt(height * width / max_pixels)
        return (max(factor, math.floor(height / scale / factor) * factor),
                max(factor, math.floor(width / scale / factor) * factor))
    if rounded_h * rounded_w < min_pixels:  # grow, rounding up to reach the minimum
        scale = math.sqrt(min_pixels / (height * width))
        return math.ceil(height * scale / factor) * factor, math.ceil(width * scale / factor) * factor
    return rounded_h, rounded_w
