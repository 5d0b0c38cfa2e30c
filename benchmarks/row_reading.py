"""Whole-screenshot reading against row reading (vlmedge/screenshots/line_rows.py) on a dev set, for choosing how a
model is read: the chunk size in the recipe's `read_by_rows`.

The dev set is a `vlmedge calibrate` eval split with seed 1: same distribution as the model card's eval set
(seed 0), none of its snippets, so the choice is not tuned on the screenshots the card reports.

    python benchmarks/row_reading.py                       # whole, rows alone, rows + chunks of 5 / 8 / 12
    python benchmarks/row_reading.py --chunks 8 --samples 100
    python benchmarks/row_reading.py --model runs/X/model --chunks 8 --chunks-only --work runs/bench/rows_X
    python benchmarks/row_reading.py --dev runs/model_card/holdout --chunks 8 --no-whole   # held-out real code

`--dev` reads an existing eval split instead (the model card's held-out real code: benchmarks/model_card.py
builds it), to check a choice made on the dev set where it matters most.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import torch

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.calibration.dataset import load_split
from vlmedge.evaluate.metrics import Aggregate, score
from vlmedge.models import load
from vlmedge.runtime.torch_runtime import TorchRuntime


def read_all(runtime: TorchRuntime, split, chunk_rows: int | None) -> dict:  # type: ignore[no-untyped-def]
    """`chunk_rows` None reads whole screenshots, 1 rows alone, n rows and chunks of up to n rows."""
    runtime.chunk_rows = chunk_rows or 0
    totals = {"clean": Aggregate(), "degraded": Aggregate()}
    ms: list[float] = []
    for sample in split:
        began = time.perf_counter()
        text = runtime.transcribe([sample["image"]])[0].text
        ms.append((time.perf_counter() - began) * 1000)
        totals["clean" if sample["degradation"] == "clean" else "degraded"].add(score(sample["text"], text))
    return {**{name: total.as_dict() for name, total in totals.items()}, "median_ms": statistics.median(ms)}


def percent(bucket: dict, key: str) -> str:
    return f"{100 * bucket[key]:.1f} %" if bucket["samples"] else "-"  # a set without degraded screenshots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--chunks", type=int, nargs="*", default=[5, 8, 12], help="chunk sizes to try")
    parser.add_argument("--chunks-only", action="store_true", help="skip the whole and rows-alone readings")
    parser.add_argument("--no-whole", action="store_true", help="skip the whole reading")
    parser.add_argument("--dev", type=Path, help="an eval split folder to read instead of the seed-1 dev set")
    parser.add_argument("--work", type=Path, default=Path("runs/bench/row_reading"))
    args = parser.parse_args()

    dev = args.dev or args.work / f"dev-seed1-{args.samples}"
    if not args.dev and not (dev / "manifest.json").is_file():
        build(BuildConfig(samples=0, eval_samples=args.samples, seed=1), dev, overwrite=True, progress=False)
    split = load_split(dev, "eval", "--dev", args.samples if args.dev else None)
    loaded = load(args.model)
    runtime = TorchRuntime(loaded.model, loaded.processor, batch_size=1)
    modes = {**({} if args.chunks_only or args.no_whole else {"whole": None}),
             **({} if args.chunks_only else {"rows": 1}), **{f"rows+chunks{n}": n for n in args.chunks}}
    results = {"model": str(loaded.path), "dev": str(dev), "samples": len(split), "threads": torch.get_num_threads(),
               "load_average": list(os.getloadavg()), "modes": {}}
    print(f"{len(split)} dev screenshots, {torch.get_num_threads()} threads, load {os.getloadavg()[0]:.2f}")
    print("| reading | CER clean | CER degraded | exact clean | exact degraded | median ms |")
    print("|---|---|---|---|---|---|")
    for name, chunk_rows in modes.items():
        result = read_all(runtime, split, chunk_rows)
        results["modes"][name] = result
        cells = [percent(result[kind], key) for key in ("cer", "exact_match") for kind in ("clean", "degraded")]
        print(f"| {name} | {' | '.join(cells)} | {result['median_ms']:.0f} |", flush=True)
    args.work.mkdir(parents=True, exist_ok=True)
    (args.work / f"results-{dev.name}.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
