"""An auxiliary CTC head on the vision tower's merged tokens, used only while training single lines.

Why: trained on the answer loss alone, the tiny model sat on the random-character entropy (loss ~4.6) for
2,100 steps x 32 lines: the vision tower and the decoder's attention must both be found at once, and neither
gets a signal until the other works. CTC over the merged tokens of a one-line image, read left to right,
teaches the vision tower glyphs directly (as a CRNN learns them); the decoder then only has to learn to copy.
The head is never saved into the model folder: the shipped model is the stock Qwen2-VL architecture.
"""

from __future__ import annotations

import string
from typing import Any

import torch
from torch import nn

from vlmedge.training.data import RANDOM_WIDE

# Blank (0), printable ASCII, the wide characters of random lines, then one class for anything else.
_CHARSET = string.printable[:95] + RANDOM_WIDE
_INDEX = {char: i + 1 for i, char in enumerate(dict.fromkeys(_CHARSET))}
_OTHER = len(_INDEX) + 1


def _frames_needed(text: str) -> int:
    """CTC's minimum input length: one frame per character, plus a blank between equal neighbours."""
    return len(text) + sum(a == b for a, b in zip(text, text[1:], strict=False))


class GlyphCTCHead(nn.Module):
    """Merged vision tokens of one text line -> `frames_per_token` CTC frames each, over a character set."""

    def __init__(self, hidden_size: int, frames_per_token: int = 4) -> None:
        super().__init__()
        # A merged token spans 28 px, 2-3 characters at 12-20 px fonts: 4 frames leave room for CTC's blanks.
        self.frames = frames_per_token
        self.classes = _OTHER + 1
        self.proj = nn.Linear(hidden_size, frames_per_token * self.classes)

    def forward(self, tokens: torch.Tensor, rows: int, columns: int) -> torch.Tensor:
        """(rows*columns, hidden) merged tokens in row-major order -> (columns*frames, classes) log-probs."""
        per_column = tokens.reshape(rows, columns, -1).mean(dim=0)  # a line may straddle two token rows
        logits = self.proj(per_column).reshape(columns * self.frames, self.classes)
        return logits.float().log_softmax(dim=-1)

    def loss(self, merged: torch.Tensor, grids: torch.Tensor, texts: list[str], merge_size: int,
             by_row: list[tuple[int, int] | None] | None = None) -> torch.Tensor:
        """Mean CTC loss (per target character) over the text lines of a batch whose place is known; 0 if none.

        A single-line sample is read from all its token rows (it may straddle two); a sample with a `by_row`
        entry (first_row, first_column) (a grid layout) has line r in token row first_row + r, its code from
        token column first_column on (right of a line-number gutter). Other multi-line samples are skipped, and
        so are lines too dense for the frames (over 4 characters per 28 px token), which cannot be aligned.
        """
        log_probs, targets, input_lengths, target_lengths = [], [], [], []
        offset = 0
        for index, (grid, text) in enumerate(zip(grids.tolist(), texts, strict=True)):
            _, height, width = grid
            rows, columns = height // merge_size, width // merge_size
            tokens = merged[offset:offset + rows * columns]
            offset += rows * columns
            if by_row and by_row[index] is not None:
                first_row, first_column = by_row[index]
                grid_rows = tokens.reshape(rows, columns, -1)[first_row:, first_column:]
                line_columns = columns - first_column
                lines = [(grid_rows[r], 1, line) for r, line in enumerate(text.split("\n")[:len(grid_rows)])]
            else:
                line_columns = columns
                lines = [(tokens, rows, text)] if "\n" not in text else []
            for line_tokens, line_rows, line in lines:
                if 0 < _frames_needed(line) <= line_columns * self.frames:
                    log_probs.append(self(line_tokens, line_rows, line_columns))
                    targets.append(torch.tensor([_INDEX.get(char, _OTHER) for char in line]))
                    input_lengths.append(line_columns * self.frames)
                    target_lengths.append(len(line))
        if not log_probs:
            return merged.new_zeros(())
        padded = nn.utils.rnn.pad_sequence(log_probs)  # (T, N, C), as ctc_loss wants
        return nn.functional.ctc_loss(padded, torch.cat(targets).to(padded.device),
                                      torch.tensor(input_lengths), torch.tensor(target_lengths),
                                      blank=0, reduction="mean", zero_infinity=True)


class MergedTokens:
    """Keeps the vision tower's merged output of the latest forward (a hook: the model code stays stock)."""

    def __init__(self, model: Any) -> None:
        self.value: torch.Tensor | None = None
        self.handle = model.model.visual.merger.register_forward_hook(self._keep)

    def _keep(self, module: nn.Module, args: Any, output: torch.Tensor) -> None:
        self.value = output

    def remove(self) -> None:
        self.handle.remove()


__all__ = ["GlyphCTCHead", "MergedTokens"]
