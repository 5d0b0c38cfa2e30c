"""A transformers reference that computes what llama.cpp computes, so parity checks measure our conversion alone.

llama.cpp's Qwen2-VL clip graph evaluates the patch merger's GELU in tanh form, where transformers uses the exact
erf form (measured, not read from its source: on the default model at step 17,100 an f32 mmproj's image embeddings
sit 2.9e-3 rel L2 from transformers, 3.6e-4 with the merger switched to tanh; prompt logits of the f16 GGUF 5.4e-3
and 4.8e-4, benchmarks/gguf_logit_parity.py). The gap is llama.cpp's arithmetic, not the file: no GGUF key selects
it. Measured on Qwen2-VL only; the tiny random-weight Qwen2.5-VL and Qwen3-VL models cannot tell the two apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from torch import nn


@contextmanager
def llama_cpp_merger_gelu(model: Any) -> Iterator[int]:
    """Within the block, the vision merger's exact GELUs compute the tanh form; yields how many were switched."""
    merger = model.model.visual.merger
    switched = [module for module in merger.modules() if isinstance(module, nn.GELU) and module.approximate == "none"]
    for module in switched:
        module.approximate = "tanh"
    try:
        yield len(switched)
    finally:
        for module in switched:
            module.approximate = "none"
