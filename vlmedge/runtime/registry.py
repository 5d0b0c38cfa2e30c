"""Choosing a runtime from what the user names: an OCR peer by name, else a model for the torch backend."""

from __future__ import annotations

from typing import Callable

from vlmedge.runtime.base import Runtime


def _rapidocr(max_new_tokens: int, batch_size: int) -> Runtime:
    from vlmedge.runtime.rapidocr_runtime import RapidOcrRuntime

    return RapidOcrRuntime()


def _tesseract(max_new_tokens: int, batch_size: int) -> Runtime:
    from vlmedge.runtime.tesseract_runtime import TesseractRuntime

    return TesseractRuntime()


# Transcribers that are not models: compared on the same eval split as peers.
PEERS: dict[str, Callable[[int, int], Runtime]] = {"rapidocr": _rapidocr, "tesseract": _tesseract}


def open_runtime(name_or_path: str, max_new_tokens: int = 1024, batch_size: int = 1) -> tuple[Runtime, str]:
    """(runtime, what it runs) for a peer name, `default`, a model folder or a hub id."""
    if name_or_path in PEERS:
        return PEERS[name_or_path](max_new_tokens, batch_size), f"peer:{name_or_path}"
    from vlmedge.models import load
    from vlmedge.runtime.torch_runtime import TorchRuntime

    loaded = load(name_or_path)
    return TorchRuntime(loaded.model, loaded.processor, max_new_tokens, batch_size), str(loaded.path)
