"""Does enhancing a screenshot (vlmedge/screenshots/enhance.py) help the model read it? The default model reads
degraded screenshots of a dev split (`vlmedge calibrate` eval split, seed 1: none of the model card's) as they are
and enhanced, in one run, interleaved; prints CER for both, per degradation.

Run: `python benchmarks/grader_enhance.py [--samples 64] [--model default]`
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.calibration.dataset import load_split
from vlmedge.evaluate.metrics import aggregate
from vlmedge.runtime.registry import open_runtime
from vlmedge.screenshots.enhance import enhance


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--samples", type=int, default=64, help="degraded screenshots read")
    parser.add_argument("--work", type=Path, default=Path("runs/bench/enhance"))
    args = parser.parse_args()
    dev = args.work / "dev"
    if not (dev / "manifest.json").is_file():  # a third of the split is clean; draw enough degraded ones
        build(BuildConfig(samples=0, eval_samples=args.samples * 2, seed=1), dev, overwrite=True, progress=False)
    split = load_split(dev, "eval", "--eval", None)
    rows = [row for row in split if row["degradation"] != "clean"][:args.samples]
    runtime, source = open_runtime(args.model)
    results: dict[str, list] = defaultdict(list)
    for index, row in enumerate(rows):
        for name, image in (("as is", row["image"]), ("enhanced", enhance(row["image"]))):
            text = runtime.transcribe([image])[0].text
            results[name].append(({"degradation": row["degradation"].split("+")[0]}, row["text"], text))
        print(f"\r{index + 1}/{len(rows)}", end="", flush=True)
    print()
    summary = {name: aggregate(scored, ("degradation",)) for name, scored in results.items()}
    for name, result in summary.items():
        overall = result["overall"]["ws"]
        print(f"{name:9} CER {100 * overall['cer']:.2f} %  exact {overall['exact_match']:.2%}")
    kinds = sorted(summary["as is"]["by_degradation"])
    print("by first degradation:", ", ".join(
        f"{kind} {100 * summary['as is']['by_degradation'][kind]['ws']['cer']:.1f} -> "
        f"{100 * summary['enhanced']['by_degradation'][kind]['ws']['cer']:.1f}" for kind in kinds))
    (args.work / "results.json").write_text(json.dumps({"model": source, "samples": len(rows), **summary}, indent=1))


if __name__ == "__main__":
    main()
