"""Several sequences in one llama.cpp context: the rows and chunks of a screenshot are prefilled each into its own
sequence and then decoded together, one llama_decode per generated position for all of them.

Row reading asks ~30 short greedy passes per screenshot of the embedded default model; one after another, each
generated token is its own llama_decode call, whose fixed cost (graph build, thread wake-up) dwarfs the 4-layer
model's arithmetic. Decoding the passes side by side pays that cost once per position instead of once per pass.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

import numpy as np

from vlmedge.errors import VlmedgeError

# Sequences one context holds (llama.cpp's LLAMA_MAX_SEQ is 256); its KV cache is unified, so one long sequence
# may still fill the whole context when a screenshot is read whole.
MAX_SEQUENCES = 64


@dataclass
class Token:
    """One token of a batch: what it is, where, in which sequence, and whether its next-token logits are wanted."""

    id: int
    pos: int
    seq: int
    logits: bool = False


@dataclass
class SequenceBatch:
    """Decodes `Token`s of many sequences through a llama context, n_batch at a time."""

    llama_cpp: Any  # the llama_cpp module
    ctx: Any  # llama_context_p
    batch: Any  # a llama_batch with room for n_batch tokens of one sequence id each
    n_batch: int
    n_vocab: int

    def decode(self, tokens: list[Token]) -> list[np.ndarray]:
        """Evaluates `tokens` (in order); returns the next-token logits of each token marked `logits`, in order."""
        wanted: list[np.ndarray] = []
        for start in range(0, len(tokens), self.n_batch):
            part = tokens[start:start + self.n_batch]
            batch = self.batch
            batch.n_tokens = len(part)
            for i, token in enumerate(part):
                batch.token[i] = token.id
                batch.pos[i] = token.pos
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = token.seq
                batch.logits[i] = token.logits
            status = self.llama_cpp.llama_decode(self.ctx, batch)
            if status != 0:
                raise VlmedgeError(f"llama.cpp failed to decode a batch of {len(part)} tokens (status {status}); "
                                   "lower the pieces read together or raise the context size")
            for i, token in enumerate(part):
                if token.logits:
                    row = self.llama_cpp.llama_get_logits_ith(self.ctx, i)
                    wanted.append(np.ctypeslib.as_array(row, shape=(self.n_vocab,)).copy())
        return wanted


def groups_within(cells: list[int], capacity: int, most: int = MAX_SEQUENCES) -> list[list[int]]:
    """Indexes of `cells` (KV cells each sequence may take) split, in order, into groups that fit `capacity` cells
    and `most` sequences; a sequence larger than the capacity alone is refused."""
    groups: list[list[int]] = []
    current: list[int] = []
    used = 0
    for index, need in enumerate(cells):
        if need > capacity:
            raise VlmedgeError(f"one image needs {need} KV cells and the context holds {capacity}; "
                               "lower --image-max-tokens or --max-new-tokens")
        if current and (used + need > capacity or len(current) == most):
            groups.append(current)
            current, used = [], 0
        current.append(index)
        used += need
    if current:
        groups.append(current)
    return groups


@dataclass
class ImageEmbeddings:
    """One sequence's encoded image: its embeddings (tokens x n_embd, float32, row-major over its grid of merged
    tokens nx wide), its sequence, where it starts, and the positions it takes (mtmd's n_pos: M-RoPE advances by
    the grid's larger side)."""

    values: np.ndarray
    nx: int
    seq: int
    pos: int
    n_pos: int


def decode_image_embeddings(llama_cpp: Any, ctx: Any, images: list[ImageEmbeddings], n_batch: int) -> None:
    """Decodes several sequences' image embeddings into the context, n_batch tokens per llama_decode instead of one
    call per image (mtmd's helper decodes one image at a time: with ~13 row images per screenshot its fixed cost per
    call was 48 of 414 ms). Positions as mtmd gives Qwen2-VL's image tokens: (t, row, column, 0) from the start,
    section-major over the call's tokens."""
    values = np.ascontiguousarray(np.concatenate([image.values for image in images]), np.float32)
    index = np.concatenate([np.arange(image.values.shape[0]) for image in images])
    starts = np.concatenate([np.full(image.values.shape[0], image.pos) for image in images])
    widths = np.concatenate([np.full(image.values.shape[0], image.nx) for image in images])
    seqs = np.concatenate([np.full(image.values.shape[0], image.seq) for image in images])
    sections = np.stack([starts, starts + index // widths, starts + index % widths, np.zeros_like(starts)])
    for begin in range(0, len(values), n_batch):
        count = min(n_batch, len(values) - begin)
        embd = values[begin:begin + count]
        pos = np.ascontiguousarray(sections[:, begin:begin + count], np.int32).reshape(-1)  # section-major
        seq_type = llama_cpp.llama_seq_id
        seq_ids = (seq_type * count)(*seqs[begin:begin + count].tolist())
        seq_pointers = (ctypes.POINTER(seq_type) * count)(
            *[ctypes.cast(ctypes.addressof(seq_ids) + k * ctypes.sizeof(seq_type), ctypes.POINTER(seq_type))
              for k in range(count)])
        batch = llama_cpp.llama_batch()  # its arrays live in this frame until llama_decode returns
        batch.n_tokens = count
        batch.embd = embd.ctypes.data_as(ctypes.POINTER(ctypes.c_float))
        batch.pos = pos.ctypes.data_as(ctypes.POINTER(llama_cpp.llama_pos))
        batch.n_seq_id = (ctypes.c_int32 * count)(*([1] * count))
        batch.seq_id = seq_pointers
        batch.logits = (ctypes.c_int8 * count)()
        status = llama_cpp.llama_decode(ctx, batch)
        if status != 0:
            raise VlmedgeError(f"llama.cpp failed to decode {count} image embeddings (status {status}); "
                               "lower the pieces read together or raise the context size")
