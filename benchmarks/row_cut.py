"""Rows read alone cut at their own width (line_rows.RowLayout.row_box, the shipped way since 48dcca1) against the
shared width of the screenshot's longest line (the cut before it), side by side on the same screenshots: CER of each,
on how many screenshots each reads better, and the median ms per screenshot, in any runtime vlmedge opens (torch for
`default`, llama.cpp for a GGUF folder, ...).

Sets: the grader bank's reference solutions of the first N problems drawn as benchmarks/grader_screenshots.py draws
them (real code written for the bank, 12 languages), and any eval split given with --dev (e.g. the model card's
held-out real code, runs/model_card/holdout, after `python benchmarks/model_card.py`).

    python benchmarks/row_cut.py --problems 7 --dev runs/model_card/holdout
    python benchmarks/row_cut.py --model runs/quant-gguf --problems 7      # after make quantize METHOD=gguf
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

from vlmedge.calibration.dataset import load_split
from vlmedge.calibration.render import normalize_code
from vlmedge.evaluate.metrics import score
from vlmedge.grader.problem import BANK_DIR, bank_ids
from vlmedge.runtime.base import Runtime
from vlmedge.runtime.registry import open_runtime
from vlmedge.screenshots import line_rows

sys.path.insert(0, str(Path(__file__).parent))
from grader_screenshots import language_of, screenshot  # noqa: E402  (a sibling script, not a package)

OWN = line_rows.RowLayout.row_image


def shared(layout: line_rows.RowLayout, row: line_rows.Row) -> Any:
    """The cut before 48dcca1: every row at the shared crop of the longest line, as a one-row chunk is cut."""
    position = layout.rows.index(row)
    return layout.chunk_image((position, position + 1))


CUTS: dict[str, Callable[..., Any]] = {"own width (shipped)": OWN, "shared width": shared}


def bank_references(problems: int) -> list[tuple[Any, str]]:
    pairs = []
    for problem_id in bank_ids()[:problems]:
        for path in sorted((BANK_DIR / problem_id / "solutions").glob("reference.*")):
            code = path.read_text()
            pairs.append((screenshot(code, language_of(path), f"{problem_id}/{path.name}"), normalize_code(code, 4)))
    return pairs


def compare(runtime: Runtime, pairs: list[tuple[Any, str]]) -> dict[str, dict[str, float]]:
    """Each screenshot read with every cut in turn (interleaved, so load falls on both alike)."""
    edits = {name: [] for name in CUTS}
    ms: dict[str, list[float]] = {name: [] for name in CUTS}
    length = 0
    try:
        for image, reference in pairs:
            for name, cut in CUTS.items():
                line_rows.RowLayout.row_image = cut
                began = time.perf_counter()
                text = runtime.transcribe([image])[0].text
                ms[name].append((time.perf_counter() - began) * 1000)
                edits[name].append(score(reference, text).edits)
            length += len(reference)
    finally:
        line_rows.RowLayout.row_image = OWN
    own, other = edits["own width (shipped)"], edits["shared width"]
    better = {"own width (shipped)": sum(a < b for a, b in zip(own, other, strict=True)),
              "shared width": sum(b < a for a, b in zip(own, other, strict=True))}
    return {name: {"cer": 100 * sum(edits[name]) / max(length, 1), "median_ms": statistics.median(ms[name]),
                   "better": better[name]} for name in CUTS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default", help="`default`, a model folder or a GGUF / ONNX variant")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--problems", type=int, default=7, help="the first N bank problems' references")
    parser.add_argument("--dev", type=Path, action="append", default=[], help="an eval split folder to read too")
    args = parser.parse_args()
    runtime, what = open_runtime(args.model, threads=args.threads, by_rows=True)
    sets = {f"bank references, first {args.problems} problems": bank_references(args.problems)}
    for folder in args.dev:
        sets[str(folder)] = [(s["image"], s["text"]) for s in load_split(folder, "eval", "--dev", None)]
    print(f"{what}, {args.threads} threads, load {os.getloadavg()[0]:.2f}")
    print("| set | screenshots | cut | CER | reads better | median ms |\n|---|---|---|---|---|---|")
    for label, pairs in sets.items():
        for name, result in compare(runtime, pairs).items():
            print(f"| {label} | {len(pairs)} | {name} | {result['cer']:.1f} % | {result['better']} | "
                  f"{result['median_ms']:.0f} |", flush=True)
    print(f"load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
