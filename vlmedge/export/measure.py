"""Peak memory and speed of a variant (a GGUF folder for llama.cpp, an ONNX export for ONNX Runtime, a model folder
for torch), measured in a fresh process so its peak RSS is its own."""

from __future__ import annotations

import multiprocessing
import os
import statistics
import time
from pathlib import Path
from typing import Any

from vlmedge.errors import VlmedgeError
from vlmedge.threads import cpu_threads


def _open(folder: Path, threads: int, max_new_tokens: int, use_mmap: bool, image_max_tokens: int | None,
          torch_int8: bool) -> Any:
    """The runtime for `folder`, reading whole images and decoding max_new_tokens whatever the model answers.

    Every run decodes max_new_tokens: the speed is the variant's, not the answer length's (an undertrained model
    that ends at once would report no decode speed at all). One image, one generation, as llama-bench measures.
    """
    from vlmedge.runtime.gguf_files import is_gguf_folder
    from vlmedge.runtime.onnx_runtime import OnnxRuntime, is_onnx_folder

    if is_onnx_folder(folder):
        return OnnxRuntime(folder, max_new_tokens, threads=threads, by_rows=False, ignore_eos=True,
                           image_max_tokens=image_max_tokens)
    if is_gguf_folder(folder):
        from vlmedge.runtime.llama_cpp_runtime import LlamaCppRuntime

        # No mtmd warm-up: it encodes a dummy image far larger than the cap, and its peak is not the workload's.
        return LlamaCppRuntime(folder, max_new_tokens, threads=threads, image_max_tokens=image_max_tokens,
                               warmup=False, use_mmap=use_mmap, ignore_eos=True, by_rows=False)
    from vlmedge.models import load
    from vlmedge.runtime.torch_runtime import TorchRuntime

    loaded = load(str(folder))
    if torch_int8:  # the language model's Linears but the output head, as configs/quantize/int8.yaml quantizes
        from vlmedge.models.cpu_int8 import dynamic_int8

        dynamic_int8(loaded.model, ["re:.*lm_head", "re:.*visual.*"])
    # No image cap here: the measured screenshots (<= 1024 px) are far inside a Qwen2-VL processor's budget.
    return TorchRuntime(loaded.model, loaded.processor, max_new_tokens, by_rows=False, threads=threads,
                        ignore_eos=True)


def _measure(conn: Any, folder: str, image_px: int, threads: int, runs: int, max_new_tokens: int, use_mmap: bool,
             image_max_tokens: int | None, torch_int8: bool, warmup_px: int) -> None:
    try:
        from vlmedge.calibration.render import sample_screenshot
        from vlmedge.stage import peak_rss_mb

        began = time.perf_counter()
        runtime = _open(Path(folder), threads, max_new_tokens, use_mmap, image_max_tokens, torch_int8)
        load_s = time.perf_counter() - began
        image = sample_screenshot(image_px)
        runtime.transcribe([image if warmup_px == image_px else sample_screenshot(warmup_px)])  # warm-up
        outputs = [runtime.transcribe([image])[0] for _ in range(runs)]
        conn.send({"ok": True, "load_s": load_s, "image": list(image.size),
                   "image_min_tokens": runtime.image_min_tokens, "unit": runtime.unit,
                   "image_max_tokens": runtime.image_max_tokens, "peak_rss_mb": peak_rss_mb(),
                   "outputs": [{"ms": o.ms, **o.timings} for o in outputs]})
    except BaseException as error:  # reported by the parent with the variant's name
        conn.send({"ok": False, "error": f"{type(error).__name__}: {error}"})


def measure_variant(folder: Path, image_px: int = 1024, threads: int = 0, runs: int = 3, max_new_tokens: int = 64,
                    use_mmap: bool = True, image_max_tokens: int | None = None, torch_int8: bool = False,
                    warmup_px: int | None = None) -> dict[str, Any]:
    """Transcribes one `image_px`-wide screenshot `runs` times after a warm-up (on a `warmup_px`-wide one, by
    default the same); medians and peak RSS. `folder`: a GGUF folder, an ONNX export, or a transformers model
    folder (torch; `torch_int8`: its Linears dynamic int8)."""
    threads = cpu_threads(threads)
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_measure, args=(child, str(folder), image_px, threads, runs, max_new_tokens,
                                                     use_mmap, image_max_tokens, torch_int8, warmup_px or image_px))
    load_before = os.getloadavg()[0]
    process.start()
    child.close()
    try:
        report = parent.recv()
    except EOFError:  # killed (out of memory) or crashed inside llama.cpp
        process.join()
        report = {"ok": False, "error": f"the measuring process died (exit code {process.exitcode})"}
    process.join()
    if not report["ok"]:
        raise VlmedgeError(f"measuring {folder} failed: {report['error']}")
    outputs = report["outputs"]

    def median(key: str) -> float | None:
        values = [o[key] for o in outputs if key in o]
        return round(statistics.median(values), 2) if values else None

    return {
        "image_px": report["image"], "image_tokens": median("image_tokens"), "threads": threads,
        "use_mmap": use_mmap, "unit": report["unit"], "image_min_tokens": report["image_min_tokens"],
        "image_max_tokens": report["image_max_tokens"], "runs": runs,
        "peak_rss_mb": round(report["peak_rss_mb"], 1), "load_s": round(report["load_s"], 2),
        "ms": median("ms"), "encode_ms": median("encode_ms"), "ttft_ms": median("ttft_ms"),
        "decode_tokens_per_s": median("decode_tokens_per_s"), "new_tokens": median("new_tokens"),
        "ms_all": [round(o["ms"], 1) for o in outputs],
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
