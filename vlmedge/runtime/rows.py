"""Row reading for any model runtime: vlmedge/screenshots/line_rows.py plans and merges, the backend reads the
pieces (batched where it can), and this sums their timings per screenshot."""

from __future__ import annotations

import time
from typing import Callable

from PIL import Image

from vlmedge.runtime.base import Transcription
from vlmedge.screenshots import line_rows

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
    """Each screenshot read by its rows and chunks (vlmedge/screenshots/line_rows.py), with the timings summed
    over its pieces. `read` transcribes images as the model takes them (already on the line grid); it gets a
    screenshot's rows and chunks at once, so a backend can batch them."""
    results: list[Transcription] = []
    for image in images:
        began = time.perf_counter()
        reading = line_rows.plan(image, chunk_rows)
        split_ms = (time.perf_counter() - began) * 1000
        pieces = reading.pieces()
        parts = read(pieces) if pieces else []
        text = reading.code([part.text for part in parts])
        timings = _timings(parts, split_ms)
        timings["rows"] = float(len(reading.layout.rows))
        timings["chunks"] = float(sum(map(len, reading.chunkings)))
        results.append(Transcription(text, (time.perf_counter() - began) * 1000, timings))
    return results
