"""Variants to compare (`name=target` pairs) and the worker process that serves each one.

Each variant runs in its own spawned process, so its peak RSS is its own and a crash names it; the parent
sends one eval index at a time to one worker at a time, so timings never overlap and every variant sees
the same machine noise.
"""

from __future__ import annotations

import json
import os
import re
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from vlmedge.errors import VlmedgeError
from vlmedge.stage import peak_rss_children_mb, peak_rss_mb

BASELINE = "baseline"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.+-]*$")


@dataclass(frozen=True)
class Variant:
    name: str
    target: str  # `default`, a model folder, a hub id, or a peer name (rapidocr, tesseract)


def parse_variants(spec: str) -> list[Variant]:
    """`baseline=default,int8=runs/quant-int8,rapidocr` -> variants; a bare peer name names itself."""
    from vlmedge.runtime.registry import PEERS

    variants: list[Variant] = []
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        name, sep, target = item.partition("=")
        name, target = name.strip(), target.strip()
        if not sep:
            if name not in PEERS:
                raise VlmedgeError(f"--variants item {item!r} has no target: write NAME=PATH (or a peer name: "
                                   f"{', '.join(PEERS)})")
            target = name
        if not _NAME.match(name):
            raise VlmedgeError(f"--variants name {name!r} is not a plain name: use letters, digits, _ . + -")
        if not target:
            raise VlmedgeError(f"--variants {name}= has no target: give `default`, a model folder or a peer name")
        if any(v.name == name for v in variants):
            raise VlmedgeError(f"--variants names {name!r} twice: every variant needs its own name")
        variants.append(Variant(name, target))
    if not variants:
        raise VlmedgeError("--variants is empty: e.g. --variants baseline=default,gptq=runs/quant-gptq")
    if not any(v.name == BASELINE for v in variants):
        raise VlmedgeError(f"--variants has no `{BASELINE}`: name the fp16 reference baseline=PATH "
                           "(ratios are taken against it)")
    return variants


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def random_weights_label(path: Path) -> str | None:
    """"random weights" for models written by `vlmedge synth` (speed and memory only), else None."""
    config = Path(path) / "config.json"
    if config.is_file():
        marker = json.loads(config.read_text()).get("vlmedge_synth")
        if marker:
            return f"random weights ({marker.get('like', 'synthetic')} shape)"
    return None


def _peak_rss_mb() -> float:
    """Peak RSS of this worker plus its largest child (Tesseract runs as one): an upper bound of what the
    variant held at once."""
    return peak_rss_mb() + peak_rss_children_mb()


def serve(conn: Connection, target: str, eval_dir: str, limit: int | None, threads: int,
          max_new_tokens: int) -> None:
    """Worker process: open the runtime and the eval split, then transcribe the indices it is sent."""
    try:
        import torch

        torch.set_num_threads(threads)
        from vlmedge.calibration.dataset import load_split
        from vlmedge.runtime.registry import open_runtime

        split = load_split(Path(eval_dir), "eval", "--eval", limit)
        began = time.perf_counter()
        runtime, source = open_runtime(target, max_new_tokens=max_new_tokens, batch_size=1, threads=threads)
        load_s = time.perf_counter() - began
        folder = Path(source) if not source.startswith(("peer:", "http://", "https://")) else None  # a local model
        conn.send(("ready", {
            "runtime": runtime.name, "source": source, "load_s": round(load_s, 3),
            "disk_bytes": folder_bytes(folder) if folder else runtime_disk_bytes(runtime),
            "label": random_weights_label(folder) if folder else None,
            "threads": torch.get_num_threads(), "pid": os.getpid(), "rss_after_load_mb": round(_peak_rss_mb(), 1),
        }))
        while True:
            index = conn.recv()
            if index is None:
                conn.send(("done", {"peak_rss_mb": round(_peak_rss_mb(), 1)}))
                return
            output = runtime.transcribe([split[int(index)]["image"]])[0]
            conn.send(("ok", {"text": output.text, "ms": output.ms, "timings": output.timings}))
    except BaseException as exc:  # the parent names the variant and stops the run
        detail = str(exc) if isinstance(exc, VlmedgeError) else f"{type(exc).__name__}: {exc}"
        conn.send(("error", {"message": detail, "traceback": traceback.format_exc(limit=6)}))


def runtime_disk_bytes(runtime: Any) -> int | None:
    """Bytes of the model files a peer loads, where the runtime can say which."""
    files = getattr(runtime, "model_files", lambda: [])()
    return sum(Path(f).stat().st_size for f in files) if files else None
