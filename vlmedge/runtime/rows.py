"""Row reading for any model runtime: each screenshot cut into its text rows (vlmedge/models/line_rows.py), the
rows and short chunks of them read by the backend as images of their own, and merged into the code."""

from __future__ import annotations

import time
from typing import Callable

from PIL import Image

from vlmedge.models import line_rows
from vlmedge.runtime.base import Transcription

# Timings summed over a screenshot's rows.
_SUMMED = ("encode_ms", "new_tokens", "image_tokens")


def _timings(parts: list[Transcription], split_ms: float) -> dict[str, float]:
    timings = {key: sum(part.timings.get(key, 0.0) for part in parts) for key in _SUMMED
               if any(key in part.timings for part in parts)}
    if parts and "ttft_ms" in parts[0].timings:  # rows read one after another: the first row's first token
        timings["ttft_ms"] = split_ms + parts[0].timings["ttft_ms"]
    # Decode speed over all rows: their decoded tokens (after each first) over their decode time.
    rated = [(part.timings["new_tokens"] - 1, part.timings["decode_tokens_per_s"]) for part in parts
             if part.timings.get("decode_tokens_per_s")]
    if rated:
        timings["decode_tokens_per_s"] = sum(n for n, _ in rated) / sum(n / rate for n, rate in rated)
    return timings


def read_by_rows(images: list[Image.Image], read: Callable[[list[Image.Image]], list[Transcription]],
                 chunk_rows: int) -> list[Transcription]:
    """Each screenshot's text rows read alone and in chunks of up to `chunk_rows` rows (none for 1), twice over
    with the chunk borders shifted by half a chunk, merged (vlmedge/models/line_rows.py). `read` transcribes images
    as the model takes them: already on the line grid, no further normalization; it gets a screenshot's rows and
    chunks at once, so a backend can batch them."""
    results: list[Transcription] = []
    for image in images:
        began = time.perf_counter()
        layout = line_rows.split(image)
        split_ms = (time.perf_counter() - began) * 1000
        chunkings = ([layout.chunks(chunk_rows), layout.chunks(chunk_rows, offset=chunk_rows // 2)]
                     if chunk_rows > 1 and layout.rows else [])
        spans = [span for chunking in chunkings for span in chunking]
        pieces = layout.images() + [layout.chunk_image(span) for span in spans]
        parts = read(pieces) if pieces else []
        own = [part.text for part in parts[:len(layout.rows)]]
        chunk_texts = iter(part.text for part in parts[len(layout.rows):])
        readings = [(chunking, [next(chunk_texts) for _ in chunking]) for chunking in chunkings]
        text = line_rows.join(layout, line_rows.merge(own, readings), own)
        timings = _timings(parts, split_ms)
        timings["rows"], timings["chunks"] = float(len(own)), float(len(spans))
        results.append(Transcription(text, (time.perf_counter() - began) * 1000, timings))
    return results
