"""Accuracy of one model on an eval split, written as a JSON file (issue 4 grows this into variants)."""

from __future__ import annotations

import json
import os
import platform
import time
from pathlib import Path
from typing import Any

from vlmedge.calibration.dataset import load_split
from vlmedge.evaluate.metrics import aggregate
from vlmedge.progress import ProgressBar

GROUPS = ("language", "theme", "degradation", "font", "origin")


def evaluate_accuracy(model_name: str, eval_dir: Path, out: Path, limit: int | None = None, batch_size: int = 4,
                      progress: bool = False, by_rows: bool | None = None) -> dict[str, Any]:
    from vlmedge.runtime.registry import open_runtime

    split = load_split(eval_dir, "eval", "--eval", limit)
    runtime, source = open_runtime(model_name, max_new_tokens=1024, batch_size=batch_size, by_rows=by_rows)
    started = time.perf_counter()
    rows, samples = [], []
    with ProgressBar(progress, len(split), "transcribing") as advance:
        for start in range(0, len(split), batch_size):
            chunk = split.select(range(start, min(start + batch_size, len(split))))
            outputs = runtime.transcribe(list(chunk["image"]))
            for index, output in enumerate(outputs):
                meta = {key: chunk[key][index] for key in GROUPS}
                degradation = meta["degradation"]
                meta["condition"] = "clean" if degradation == "clean" else "degraded"
                rows.append((meta, chunk["text"][index], output.text))
                samples.append({**meta, "reference": chunk["text"][index], "hypothesis": output.text,
                                "ms": round(output.ms, 1)})
            advance(len(outputs))
    result = {
        "model": source,
        "runtime": runtime.name,
        # Row reading (vlmedge/screenshots/line_rows.py): rows alone and chunks of up to this many rows; 0 = whole.
        "chunk_rows": getattr(runtime, "chunk_rows", 0),
        "eval": str(eval_dir),
        "samples": len(rows),
        **aggregate(rows, GROUPS + ("condition",)),
        "seconds": round(time.perf_counter() - started, 1),
        "threads": __import__("torch").get_num_threads(),
        "load_average": list(os.getloadavg()),
        "platform": platform.platform(),
        "predictions": samples,
    }
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = out.with_name(out.name + ".partial")
    temp.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    temp.rename(out)
    return result
