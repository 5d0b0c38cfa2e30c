"""What makes the held-out set hard: the unseen font and themes, or the real code? Two crossed sets beside it.

The model card's held-out set changes two things at once against training: the code is real (written by others,
held out by place and content) and it is drawn in a font and themes training never draws. This builds the two
crossings, as many screenshots each, clean, the held-out set's languages:

- `generated code, held-out font`: the generator's own code in the held-out font and themes;
- `held-out real code, training fonts`: the held-out real code in four training fonts and themes;

and reads them with the model (as `vlmedge evaluate` does: by rows), beside the held-out set itself if it exists.

Run: `python benchmarks/unseen_factors.py [--model default] [--samples 60] [--work runs/bench/unseen_factors]`;
prints a Markdown table.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml
from model_card import RECIPE, real_code_sources  # a sibling script: benchmarks/ is sys.path[0]

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.evaluate.accuracy import evaluate_accuracy

TRAINING_FONTS = ("dejavu-sans-mono", "jetbrains-mono", "noto-mono", "fira-code")
TRAINING_THEMES = ("default", "monokai", "github-dark", "xcode")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--seed", type=int, default=5, help="not the eval set's 0")
    parser.add_argument("--work", type=Path, default=Path("runs/bench/unseen_factors"))
    parser.add_argument("--holdout", type=Path, default=Path("runs/model_card/holdout"),
                        help="the model card's held-out set, read beside the crossings where it exists")
    args = parser.parse_args()

    holdout = yaml.safe_load(RECIPE.read_text())["holdout"]
    sources, languages = real_code_sources(holdout)
    if not sources:
        raise SystemExit("none of the recipe's held-out real code is on this machine: run `make setup` first")
    common = {"samples": 0, "eval_samples": args.samples, "seed": args.seed, "languages": tuple(languages),
              "clean_fraction": 1.0}
    sets = {
        "generated code, held-out font and themes": BuildConfig(
            **common, themes=tuple(holdout["themes"]), fonts=tuple(holdout["fonts"])),
        "held-out real code, training fonts and themes": BuildConfig(
            **common, sources=tuple(sources), source_fraction=1.0, themes=TRAINING_THEMES, fonts=TRAINING_FONTS),
    }
    rows = []
    for index, (name, config) in enumerate(sets.items()):
        folder = args.work / f"set{index}"
        if not (folder / "manifest.json").is_file():
            build(config, folder, overwrite=True, progress=False)
        rows.append((name, evaluate_accuracy(args.model, folder, args.work / f"set{index}_results.json",
                                             batch_size=8)))
    if (args.holdout / "manifest.json").is_file():
        rows.append(("held-out real code, held-out font and themes (the card's set)",
                     evaluate_accuracy(args.model, args.holdout, args.work / "holdout_results.json", batch_size=8)))
    print(f"\n{args.model}, read by rows, clean screenshots of {', '.join(languages)}:\n")
    print("| set | screenshots | CER | CER (no whitespace) | exact match |")
    print("|---|---|---|---|---|")
    for name, result in rows:
        overall = result["overall"]
        print(f"| {name} | {overall['ws']['samples']} | {overall['ws']['cer']:.2%} | {overall['nows']['cer']:.2%} | "
              f"{overall['ws']['exact_match']:.1%} |")


if __name__ == "__main__":
    main()
