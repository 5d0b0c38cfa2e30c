"""Where a transcriber's character errors come from: samples whose line count it got wrong (skipped, repeated or
merged lines, an early stop) against samples with the right number of lines, and CER by snippet length.

Reads the per-sample predictions `vlmedge evaluate` writes, e.g.
    python benchmarks/line_errors.py runs/bench/gguf_parity/predictions/baseline.jsonl
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from vlmedge.evaluate.metrics import Aggregate, canonical, score

LENGTH_BINS = ((1, 8), (8, 14), (14, 20), (20, 1000))  # reference lines, [low, high)


def cer(pairs: list[tuple[str, str]]) -> float:
    """Micro-averaged CER with `vlmedge evaluate`'s scoring (whitespace kept, trailing spaces ignored)."""
    total = Aggregate()
    for reference, hypothesis in pairs:
        total.add(score(reference, hypothesis))
    return total.as_dict()["cer"]


def line_error_report(predictions: Path) -> dict:
    rows = [json.loads(line) for line in predictions.read_text().splitlines() if line.strip()]
    if not rows or "reference" not in rows[0] or "hypothesis" not in rows[0]:
        raise SystemExit(f"error: {predictions} holds no reference/hypothesis rows; "
                         "pass a predictions/*.jsonl file written by `vlmedge evaluate`")
    pairs = [(canonical(row["reference"]), canonical(row["hypothesis"])) for row in rows]
    right_count = [(r, h) for r, h in pairs if r.count("\n") == h.count("\n")]
    total_errors = sum(score(r, h).edits for r, h in pairs)
    right_errors = sum(score(r, h).edits for r, h in right_count)
    return {
        "predictions": str(predictions),
        "samples": len(pairs),
        "cer": round(cer(pairs), 4),
        "line_count": {
            "right": len(right_count),
            "fewer": sum(h.count("\n") < r.count("\n") for r, h in pairs),
            "more": sum(h.count("\n") > r.count("\n") for r, h in pairs),
        },
        "cer_right_line_count": round(cer(right_count), 4),
        "error_share_wrong_line_count": round(1 - right_errors / max(total_errors, 1), 4),
        "cer_by_reference_lines": {
            f"{low}-{high - 1}" if high < 1000 else f"{low}+": {
                "samples": len(chosen := [(r, h) for r, h in pairs if low <= r.count("\n") + 1 < high]),
                "cer": round(cer(chosen), 4),
            }
            for low, high in LENGTH_BINS
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path, help="a predictions/*.jsonl file from `vlmedge evaluate`")
    args = parser.parse_args()
    if not args.predictions.is_file():
        raise SystemExit(f"error: {args.predictions} is not a file; run `vlmedge evaluate` (or "
                         "benchmarks/gguf_parity.py) first and pass one of its predictions/*.jsonl")
    print(json.dumps(line_error_report(args.predictions), indent=2))


if __name__ == "__main__":
    main()
