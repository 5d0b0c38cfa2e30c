"""`vlmedge evaluate --variants ...`: accuracy, speed and memory of every variant in one interleaved run.

Every screenshot is sent to every variant before the next screenshot starts, in an order that rotates with
the screenshot and the repeat, so load spikes on a shared machine fall on all variants alike; accuracy drop
and speedup are then taken against the `baseline` variant sample by sample.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import platform
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vlmedge.calibration.dataset import load_split
from vlmedge.errors import VlmedgeError
from vlmedge.evaluate.accuracy import GROUPS
from vlmedge.evaluate.metrics import aggregate
from vlmedge.evaluate.speed import paired_speedup, summarize
from vlmedge.evaluate.variants import BASELINE, Variant, serve
from vlmedge.progress import ProgressBar
from vlmedge.stage import StageRecord, prepare_output_dir, sha256_file, stage_output
from vlmedge.threads import cpu_threads

RESULTS_NAME = "results.json"


@dataclass
class _Worker:
    variant: Variant
    process: Any
    conn: Any
    info: dict[str, Any] = field(default_factory=dict)

    def ask(self, message: Any) -> dict[str, Any]:
        self.conn.send(message)
        return self.receive()

    def receive(self) -> dict[str, Any]:
        try:
            kind, payload = self.conn.recv()
        except EOFError:
            code = self.process.exitcode
            raise VlmedgeError(f"variant {self.variant.name} ({self.variant.target}): its worker died "
                               f"(exit code {code}); run `vlmedge transcribe --model {self.variant.target}` "
                               "on one image to see why") from None
        if kind == "error":
            raise VlmedgeError(f"variant {self.variant.name} ({self.variant.target}): {payload['message']}")
        return payload


def _start(variants: list[Variant], eval_dir: Path, limit: int | None, threads: int,
           max_new_tokens: int) -> list[_Worker]:
    # spawn: a forked torch process inherits thread pools and locks of the parent and can deadlock.
    context = multiprocessing.get_context("spawn")
    workers = []
    for variant in variants:
        parent, child = context.Pipe()
        process = context.Process(target=serve, args=(child, variant.target, str(eval_dir), limit, threads,
                                                      max_new_tokens), daemon=True, name=f"vlmedge-{variant.name}")
        process.start()
        child.close()
        workers.append(_Worker(variant, process, parent))
    for worker in workers:  # loading one at a time would not be faster: they share the cores
        worker.info = worker.receive()
    return workers


def _stop(workers: list[_Worker]) -> None:
    for worker in workers:
        worker.process.join(timeout=30)  # a worker that answered `done` exits by itself
        if worker.process.is_alive():
            worker.process.terminate()
            worker.process.join(timeout=10)


def evaluate_variants(variants: list[Variant], eval_dir: Path, out: Path, limit: int | None = None,
                      repeats: int = 1, threads: int = 0, max_new_tokens: int = 1024, overwrite: bool = False,
                      progress: bool = True) -> dict[str, Any]:
    if repeats < 1:
        raise VlmedgeError(f"--repeats {repeats} must be >= 1")
    prepare_output_dir(Path(out), overwrite)
    split = load_split(eval_dir, "eval", "--eval", limit)
    count = len(split)
    if count == 0:
        raise VlmedgeError(f"--eval {eval_dir} has an empty eval split: rebuild it with --eval-samples > 0")
    threads = cpu_threads(threads)
    columns = {key: split[key] for key in GROUPS}  # column reads: no image decoding
    meta = [{key: columns[key][i] for key in GROUPS} for i in range(count)]
    for item in meta:
        item["condition"] = "clean" if item["degradation"] == "clean" else "degraded"
    references = list(split["text"])

    record = StageRecord("evaluate", parameters={
        "variants": {v.name: v.target for v in variants}, "limit": limit, "repeats": repeats, "threads": threads,
        "max_new_tokens": max_new_tokens, "order": "rotating per screenshot and repeat, one variant at a time"})
    eval_manifest = Path(eval_dir) / "manifest.json"
    record.inputs = {"eval": str(eval_dir), "eval_manifest_sha256": sha256_file(eval_manifest)
                     if eval_manifest.is_file() else None, "samples": count}
    load_before = list(os.getloadavg())
    started = time.perf_counter()
    workers = _start(variants, Path(eval_dir), limit, threads, max_new_tokens)
    try:
        texts: dict[str, list[list[str]]] = {v.name: [[""] * count for _ in range(repeats)] for v in variants}
        ms: dict[str, list[list[float]]] = {v.name: [[0.0] * count for _ in range(repeats)] for v in variants}
        timings: dict[str, list[dict[str, float]]] = {v.name: [] for v in variants}
        for worker in workers:  # warm-up (first call allocates caches and kernels): not measured
            worker.ask(0)
        with ProgressBar(progress, repeats * count * len(workers), "evaluate") as advance:
            for repeat in range(repeats):
                for index in range(count):
                    shift = (index + repeat) % len(workers)
                    for worker in workers[shift:] + workers[:shift]:
                        answer = worker.ask(index)
                        name = worker.variant.name
                        texts[name][repeat][index] = answer["text"]
                        ms[name][repeat][index] = answer["ms"]
                        timings[name].append(answer["timings"])
                        advance()
        finals = {worker.variant.name: worker.ask(None) for worker in workers}
    finally:
        _stop(workers)
    load_after = list(os.getloadavg())

    results: dict[str, Any] = {"eval": str(eval_dir), "samples": count, "repeats": repeats, "threads": threads,
                               "load_average": {"before": load_before, "after": load_after},
                               "platform": platform.platform(), "cpus": os.cpu_count(),
                               "seconds": round(time.perf_counter() - started, 1), "variants": {}}
    for worker in workers:
        name = worker.variant.name
        rows = [(meta[i], references[i], texts[name][0][i]) for i in range(count)]
        entry = {
            "target": worker.variant.target, **{k: worker.info[k] for k in ("runtime", "source", "load_s", "label")},
            "disk_mb": round(worker.info["disk_bytes"] / 2**20, 2) if worker.info["disk_bytes"] else None,
            "peak_rss_mb": finals[name]["peak_rss_mb"], "rss_after_load_mb": worker.info["rss_after_load_mb"],
            "deterministic": all(run == texts[name][0] for run in texts[name]),
            "accuracy": aggregate(rows, GROUPS + ("condition",)),
            "speed": summarize(ms[name], timings[name]),
        }
        results["variants"][name] = entry
    base = results["variants"][BASELINE]
    for worker in workers:
        name = worker.variant.name
        entry = results["variants"][name]
        entry["vs_baseline"] = {
            "cer_increase": entry["accuracy"]["overall"]["ws"]["cer"] - base["accuracy"]["overall"]["ws"]["cer"],
            "cer_nows_increase": (entry["accuracy"]["overall"]["nows"]["cer"]
                                  - base["accuracy"]["overall"]["nows"]["cer"]),
            "exact_match_drop": (base["accuracy"]["overall"]["ws"]["exact_match"]
                                 - entry["accuracy"]["overall"]["ws"]["exact_match"]),
            # Parity: the share of screenshots transcribed exactly as the baseline did (a lossless export gives 1).
            "same_text": sum(a == b for a, b in zip(texts[name][0], texts[BASELINE][0], strict=True)) / count,
            "speedup": paired_speedup(ms[BASELINE], ms[name]),
            "size_ratio": (base["disk_mb"] / entry["disk_mb"]) if base["disk_mb"] and entry["disk_mb"] else None,
            "rss_ratio": base["peak_rss_mb"] / entry["peak_rss_mb"] if entry["peak_rss_mb"] else None,
        }
    record.results = {name: {"cer": v["accuracy"]["overall"]["ws"]["cer"],
                             "speedup": v["vs_baseline"]["speedup"].get("median"), "peak_rss_mb": v["peak_rss_mb"]}
                      for name, v in results["variants"].items()}
    with stage_output(Path(out), record, overwrite=overwrite) as folder:
        (folder / RESULTS_NAME).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        predictions = folder / "predictions"
        predictions.mkdir()
        for name in texts:
            with (predictions / f"{name}.jsonl").open("w") as handle:
                for i in range(count):
                    handle.write(json.dumps({"index": i, **meta[i], "reference": references[i],
                                             "hypothesis": texts[name][0][i],
                                             "ms": [round(run[i], 2) for run in ms[name]]},
                                            ensure_ascii=False) + "\n")
    return results


def load_results(folder: Path) -> dict[str, Any]:
    path = Path(folder) / RESULTS_NAME
    if not path.is_file():
        raise VlmedgeError(f"{folder} has no {RESULTS_NAME}: make one with `vlmedge evaluate --variants ... "
                           f"--out {folder}`")
    return json.loads(path.read_text())
