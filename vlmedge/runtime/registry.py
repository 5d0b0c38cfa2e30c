"""Choosing a runtime from what the user names: an OCR peer by name, a folder of GGUF files for llama.cpp,
else a model (folder or hub id) for the torch backend."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from vlmedge.runtime.base import Runtime


def _rapidocr(threads: int) -> Runtime:
    from vlmedge.runtime.rapidocr_runtime import RapidOcrRuntime

    return RapidOcrRuntime(threads)


def _tesseract(threads: int) -> Runtime:
    from vlmedge.runtime.tesseract_runtime import TesseractRuntime

    return TesseractRuntime(threads=threads)


# Transcribers that are not models, compared on the same eval split as peers; each takes --threads.
PEERS: dict[str, Callable[[int], Runtime]] = {"rapidocr": _rapidocr, "tesseract": _tesseract}


def open_runtime(name_or_path: str, max_new_tokens: int = 1024, batch_size: int = 1, threads: int = 0,
                 image_max_tokens: int | None = None, warmup: bool = True,
                 by_rows: bool | None = None) -> tuple[Runtime, str]:
    """(runtime, what it runs) for a peer name, an OpenAI-compatible server's URL (http://HOST:PORT/v1?options,
    vlmedge/runtime/openai_runtime.py), `default`, a GGUF folder, a model folder or a hub id.

    threads: CPU threads for every backend (vlmedge/threads.py: 0 = one per core); image_max_tokens and warmup
    apply to llama.cpp.
    by_rows: read by text rows and chunks of them (True), whole screenshots (False), or as the model asks (None).
    """
    if name_or_path in PEERS:
        return PEERS[name_or_path](threads), f"peer:{name_or_path}"
    from vlmedge.runtime.openai_runtime import OpenAIRuntime, is_url

    if is_url(name_or_path):
        runtime = OpenAIRuntime(name_or_path, max_new_tokens)
        return runtime, runtime.base
    from vlmedge.runtime.onnx_runtime import is_onnx_folder

    if is_onnx_folder(Path(name_or_path)):
        from vlmedge.runtime.onnx_runtime import OnnxRuntime

        return OnnxRuntime(Path(name_or_path), max_new_tokens, threads=threads, by_rows=by_rows), str(name_or_path)
    from vlmedge.runtime.gguf_files import is_gguf_folder

    if is_gguf_folder(Path(name_or_path)):
        from vlmedge.runtime.llama_cpp_runtime import LlamaCppRuntime

        runtime = LlamaCppRuntime(Path(name_or_path), max_new_tokens, threads=threads,
                                  image_max_tokens=image_max_tokens, warmup=warmup, by_rows=by_rows)
        return runtime, str(Path(name_or_path))
    from vlmedge.models import load
    from vlmedge.runtime.torch_runtime import TorchRuntime

    loaded = load(name_or_path)
    return (TorchRuntime(loaded.model, loaded.processor, max_new_tokens, batch_size, by_rows, threads=threads),
            str(loaded.path))
