"""Where a transcriber's character errors come from: samples whose line count it got wrong (skipped, repeated or
merged lines, an early stop) against samples with the right number of lines, and CER by snippet length.

Reads the per-sample predictions `vlmedge evaluate` writes, e.g.
    python benchmarks/line_errors.py runs/bench/edge_parity/predictions/baseline.jsonl
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from vlmedge.evaluate.metrics import Aggregate, Score, canonical, score

LENGTH_BINS = ((1, 8), (8, 14), (14, 20), (20, 1000))  # reference lines, [low, high)


def summary(scores: list[Score]) -> dict[str, float | int]:
    """Micro-averaged CER and sample count (`vlmedge evaluate`'s scoring); None for an empty group, not 0."""
    total = Aggregate()
    for item in scores:
        total.add(item)
    return {"samples": total.count, "cer": round(total.edits / total.length, 4) if total.length else None}


def line_error_report(predictions: Path) -> dict:
    try:
        rows = [json.loads(line) for line in predictions.read_text().splitlines() if line.strip()]
    except (json.JSONDecodeError, UnicodeDecodeError):
        rows = []
    if not rows or not isinstance(rows[0], dict) or "reference" not in rows[0] or "hypothesis" not in rows[0]:
        raise SystemExit(f"error: {predictions} holds no reference/hypothesis rows; "
                         "pass a predictions/*.jsonl file written by `vlmedge evaluate`")
    # (reference lines, hypothesis lines, score): each pair is scored once, the groups below only select.
    samples = [(canonical(row["reference"]).count("\n") + 1, canonical(row["hypothesis"]).count("\n") + 1,
                score(row["reference"], row["hypothesis"])) for row in rows]
    right = [item for ref_lines, hyp_lines, item in samples if ref_lines == hyp_lines]
    all_edits = sum(item.edits for _, _, item in samples)
    return {
        "predictions": str(predictions),
        **summary([item for _, _, item in samples]),
        "line_count": {
            "right": len(right),
            "fewer": sum(hyp_lines < ref_lines for ref_lines, hyp_lines, _ in samples),
            "more": sum(hyp_lines > ref_lines for ref_lines, hyp_lines, _ in samples),
        },
        "right_line_count": summary(right),
        "error_share_wrong_line_count": round(1 - sum(item.edits for item in right) / max(all_edits, 1), 4),
        "by_reference_lines": {
            f"{low}-{high - 1}" if high < 1000 else f"{low}+":
                summary([item for ref_lines, _, item in samples if low <= ref_lines < high])
            for low, high in LENGTH_BINS
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path, help="a predictions/*.jsonl file from `vlmedge evaluate`")
    args = parser.parse_args()
    if not args.predictions.is_file():
        raise SystemExit(f"error: {args.predictions} is not a file; run `vlmedge evaluate` (or "
                         "benchmarks/edge_parity.py) first and pass one of its predictions/*.jsonl")
    print(json.dumps(line_error_report(args.predictions), indent=2))


if __name__ == "__main__":
    main()
