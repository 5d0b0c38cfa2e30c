"""CER against training samples: checkpoints of the default model read the held-out real code and the eval split.

Each model folder is read as `vlmedge evaluate` reads it (by rows), on the model card's two sets
(`python benchmarks/model_card.py` builds them): the held-out real code (unseen renderer, 150 screenshots) and the
first --eval-limit eval screenshots. A folder's step comes from its manifest (`vlmedge train-default` exports) or
its name (`step-33200`); samples seen are what the recipe's stages draw up to that step (batch x steps).

Run: `python benchmarks/training_curve.py models/vlmedge-tiny runs/train/kept/step-* [--eval-limit 128]`;
prints a Markdown table and writes --out (JSON), which `benchmarks/model_card.py --curve` puts in the card.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import yaml
from model_card import RECIPE  # a sibling script: benchmarks/ is sys.path[0]

from vlmedge.evaluate.accuracy import evaluate_accuracy


def samples_at(recipe: dict[str, Any], step: int) -> int:
    """Training samples drawn by global step `step` (each stage's batch size times its steps up to there)."""
    total, start = 0, 0
    for stage in recipe["stages"]:
        end = min(stage["until_step"], step)
        total += max(0, end - start) * stage["batch_size"]
        start = stage["until_step"]
    return total


def step_of(folder: Path) -> int:
    manifest = folder / "manifest.json"
    if manifest.is_file():
        return int(json.loads(manifest.read_text())["results"]["step"])
    found = re.fullmatch(r"step-(\d+)", folder.name)
    if not found:
        raise SystemExit(f"{folder}: no manifest.json and not named step-N: pass exported model folders")
    return int(found.group(1))


def read(model: Path, dataset: Path, out: Path, limit: int | None) -> dict[str, Any]:
    """evaluate_accuracy's result, or the one an earlier run left in `out` for the same model, set and limit."""
    if out.is_file():
        earlier = json.loads(out.read_text())
        if (earlier["model"], earlier["eval"], earlier.get("limit")) == (str(model.resolve()), str(dataset), limit):
            return earlier
    result = evaluate_accuracy(str(model), dataset, out, limit=limit, batch_size=8)
    out.write_text(json.dumps({**result, "limit": limit}))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("models", type=Path, nargs="+", help="model folders (exported or step-N checkpoints)")
    parser.add_argument("--holdout", type=Path, default=Path("runs/model_card/holdout"))
    parser.add_argument("--eval", type=Path, default=Path("runs/model_card/eval"))
    parser.add_argument("--eval-limit", type=int, default=128)
    parser.add_argument("--out", type=Path, default=Path("runs/bench/training_curve.json"))
    args = parser.parse_args()
    for folder in (args.holdout, args.eval):
        if not (folder / "manifest.json").is_file():
            raise SystemExit(f"{folder} is not a calibrate folder: run `python benchmarks/model_card.py` first")
    recipe = yaml.safe_load(RECIPE.read_text())
    points = []
    for model in sorted(args.models, key=step_of):
        step = step_of(model)
        work = args.out.parent / "training_curve" / f"step-{step}"
        held = read(model, args.holdout, work / "holdout.json", None)["overall"]
        seen = read(model, args.eval, work / "eval.json", args.eval_limit)["by_condition"]
        points.append({"model": str(model), "step": step, "samples": samples_at(recipe, step),
                       "holdout_cer": held["ws"]["cer"], "holdout_cer_nows": held["nows"]["cer"],
                       "holdout_exact": held["ws"]["exact_match"], "eval_clean_cer": seen["clean"]["ws"]["cer"],
                       "eval_degraded_cer": seen["degraded"]["ws"]["cer"]})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"eval_limit": args.eval_limit, "points": points}, indent=1))
    print(table(points, args.eval_limit))


def table(points: list[dict[str, Any]], eval_limit: int) -> str:
    lines = [f"| step | training samples | held-out real code CER | CER (no whitespace) | exact match | "
             f"eval clean CER (first {eval_limit}) | eval degraded CER |", "|---|---|---|---|---|---|---|"]
    for p in points:
        cells = [f"{100 * p[key]:.1f} %" for key in ("holdout_cer", "holdout_cer_nows", "holdout_exact",
                                                       "eval_clean_cer", "eval_degraded_cer")]
        lines.append(f"| {p['step']:,} | {p['samples']:,} | {' | '.join(cells)} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
