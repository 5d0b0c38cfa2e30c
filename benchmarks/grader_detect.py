"""How often the grader names a submission's language right (vlmedge/grader/detect.py), among all 12: on the
reference code of an eval split (`vlmedge calibrate`; the idioms were chosen on seed 1, so report another seed, e.g.
0, the model card's eval split), and on what a model read from those screenshots (the predictions of a `vlmedge
evaluate` run on the same split, if given).

Run: `python benchmarks/grader_detect.py [--seed 0] [--samples 240] [--predictions runs/x/predictions/baseline.jsonl]`
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.calibration.dataset import load_split
from vlmedge.grader.detect import detect


def accuracy(pairs: list[tuple[str, str]]) -> tuple[float, dict[str, float], Counter]:
    by_language: dict[str, list[bool]] = defaultdict(list)
    confusions: Counter = Counter()
    for truth, text in pairs:
        found = detect(text).language
        by_language[truth].append(found == truth)
        if found != truth:
            confusions[(truth, found)] += 1
    total = sum(sum(hits) for hits in by_language.values()) / max(1, len(pairs))
    return total, {language: sum(hits) / len(hits) for language, hits in sorted(by_language.items())}, confusions


def report(name: str, pairs: list[tuple[str, str]]) -> dict:
    total, per_language, confusions = accuracy(pairs)
    print(f"{name}: {100 * total:.1f} % of {len(pairs)}  |  " +
          ", ".join(f"{language} {100 * share:.0f}" for language, share in per_language.items()))
    if confusions:
        print("  most confused: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in confusions.most_common(6)))
    return {"accuracy": total, "per_language": per_language, "samples": len(pairs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=240)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path("runs/bench/detect"))
    parser.add_argument("--predictions", type=Path, help="predictions JSONL of `vlmedge evaluate` on a split")
    args = parser.parse_args()
    dev = args.work / f"seed{args.seed}-{args.samples}"
    if not (dev / "manifest.json").is_file():
        build(BuildConfig(samples=0, eval_samples=args.samples, seed=args.seed), dev, overwrite=True, progress=False)
    split = load_split(dev, "eval", "--eval", None)
    results = {"reference code": report("reference code", list(zip(split["language"], split["text"], strict=True)))}
    if args.predictions:
        rows = [json.loads(line) for line in args.predictions.read_text().splitlines()]
        results["transcriptions"] = report(f"transcriptions ({args.predictions})",
                                           [(row["language"], row["hypothesis"]) for row in rows])
    args.work.mkdir(parents=True, exist_ok=True)
    (args.work / "results.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
