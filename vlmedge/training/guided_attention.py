"""Guided alignment: an auxiliary loss that tells one decoder attention head where each answer token is drawn.

Why: with the glyph CTC the vision tower reads single lines (0.56 nats/char), yet the decoder stayed on the
image-blind plateau for 3,500 steps x 32 lines. To copy character j it must attend to the image column under
it, about j x 0.37 columns right of the first at 16-18 px, while RoPE only offers relative distances that grow
one per token: the decoder has to find a counter of its own before any reading pays off. Supervising one head's
attention with the known layout (guided alignment, as in Garg et al. 2019 for translation) gives that search a
direct gradient. Only training changes: the saved model is the stock architecture, its heads free thereafter.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn


class GuidedAttention:
    """Keeps one text layer's attention weights of the latest forward and scores them against `align_mask`.

    The weights exist only under eager attention, so the text model runs eager while this is attached (the
    sequences of single-line stages are short: ~50 tokens).
    """

    def __init__(self, model: Any, layer: int, head: int) -> None:
        text_config = model.config.text_config
        self.restore = text_config._attn_implementation
        self.text_config = text_config
        text_config._attn_implementation = "eager"
        self.head = head
        self.weights: torch.Tensor | None = None
        attention = model.model.language_model.layers[layer].self_attn
        self.handle = attention.register_forward_hook(self._keep)

    def _keep(self, module: nn.Module, args: Any, output: tuple[torch.Tensor, torch.Tensor | None]) -> None:
        self.weights = output[1]

    def loss(self, align_mask: torch.Tensor) -> torch.Tensor:
        """Mean -log(attention mass on the target columns) over the aligned answer positions of the batch."""
        if self.weights is None:
            raise RuntimeError("no attention weights captured: is the text model running eager attention?")
        weights = self.weights[:, self.head].float()
        aligned = align_mask.any(dim=-1)
        if not aligned.any():
            return weights.new_zeros(())
        mass = (weights * align_mask).sum(dim=-1)[aligned]
        return -mass.clamp_min(1e-6).log().mean()

    def remove(self) -> None:
        self.handle.remove()
        self.text_config._attn_implementation = self.restore

    # As a context manager, the model gets its attention implementation back even when training fails.
    def __enter__(self) -> GuidedAttention:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.remove()


__all__ = ["GuidedAttention"]
