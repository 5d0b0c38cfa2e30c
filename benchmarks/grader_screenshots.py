"""Grading from screenshots, end to end: every bank reference and known-wrong solution drawn by the dataset's
renderer (a clean editor screenshot, theme and font drawn per file), read by a model, graded. A reference is
graded as it deserves when it scores 1.0; a wrong one when it still scores below 1.0. For each screenshot graded
otherwise the misread lines are shown (source against transcription). Also reports the language detection on
the transcriptions and the transcription CER.

Run: `python benchmarks/grader_screenshots.py [--model default] [--problems 28] [--languages c,python]
[--renderer holdout]` (holdout: the font and themes training never draws, for issue 30's end-to-end goal)
(as root; the whole bank took 10 min 32 s on 2 cores at 1eee329: --problems N takes the first N problems).
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import time
from collections import defaultdict
from pathlib import Path

import yaml

from vlmedge.calibration.fonts import CORE_FONTS
from vlmedge.calibration.languages import get_language
from vlmedge.calibration.render import RenderSpec, normalize_code, render
from vlmedge.calibration.themes import THEMES
from vlmedge.evaluate.metrics import cer
from vlmedge.grader.detect import detect
from vlmedge.grader.executors import all_executors
from vlmedge.grader.grade import grade
from vlmedge.grader.problem import BANK_DIR, bank_ids, load_problem
from vlmedge.runtime.registry import open_runtime

RECIPE = Path("configs/train/vlmedge-tiny.yaml")


def language_of(path: Path) -> str:
    suffixes = {Path(executor.source_file).suffix: name for name, executor in all_executors().items()}
    return suffixes[path.suffix]


def renderer(name: str) -> tuple[list[str], list[str]]:
    """(themes, fonts) a renderer draws with: the dataset's (every theme, the core fonts) or the held-out one
    (the recipe's `holdout` themes and fonts, which training never draws; issue 30's end-to-end goal)."""
    if name == "holdout":
        holdout = yaml.safe_load(RECIPE.read_text())["holdout"]
        return sorted(holdout["themes"]), sorted(holdout["fonts"])
    return sorted(THEMES), sorted(CORE_FONTS)


def screenshot(code: str, language: str, seed: str, drawn_by: tuple[list[str], list[str]]) -> object:
    rng = random.Random(seed)
    themes, fonts = drawn_by
    spec = RenderSpec(theme=rng.choice(themes), font=rng.choice(fonts),
                      font_size=rng.choice([14, 16]), line_numbers=rng.random() < 0.5, chrome=rng.random() < 0.3)
    return render(normalize_code(code, 4), get_language(language).pygments_lexer, spec)


def misread_lines(source: str, read: str, limit: int = 4) -> list[str]:
    pairs = []
    for tag, a0, a1, b0, b1 in difflib.SequenceMatcher(None, source.splitlines(), read.splitlines()).get_opcodes():
        if tag != "equal":
            pairs.append(f"{source.splitlines()[a0:a1][:2]} -> {read.splitlines()[b0:b1][:2]}")
    return pairs[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--problems", type=int, default=None, help="the first N bank problems")
    parser.add_argument("--languages", default=None, help="comma-separated; default all")
    parser.add_argument("--renderer", choices=["dataset", "holdout"], default="dataset",
                        help="holdout: the themes and font training never draws (configs/train/vlmedge-tiny.yaml)")
    parser.add_argument("--out", type=Path, default=None,
                        help="default: runs/bench/grader_screenshots.json (grader_screenshots_holdout.json)")
    args = parser.parse_args()
    out = args.out or Path("runs/bench") / ("grader_screenshots_holdout.json" if args.renderer == "holdout"
                                            else "grader_screenshots.json")
    drawn_by = renderer(args.renderer)
    wanted = set(args.languages.split(",")) if args.languages else None
    runtime, source_name = open_runtime(args.model)
    rows: list[dict] = []
    began = time.perf_counter()
    for problem_id in bank_ids()[:args.problems]:
        problem = load_problem(problem_id)
        folder = BANK_DIR / problem_id / "solutions"
        wrong = yaml.safe_load((folder / "wrong.yaml").read_text())
        files = sorted(folder.glob("reference.*")) + [folder / name for name in sorted(wrong)]
        for path in files:
            language = language_of(path)
            if wanted and language not in wanted:
                continue
            code = normalize_code(path.read_text(), 4)
            read = runtime.transcribe([screenshot(code, language, f"{problem_id}/{path.name}", drawn_by)])[0].text
            is_reference = path.name.startswith("reference")
            from_code = grade(problem, code=code, language=language)
            from_image = grade(problem, code=read, language=language)
            deserved = from_image.score == 1.0 if is_reference else from_image.score < 1.0
            rows.append({"problem": problem_id, "file": path.name, "language": language, "reference": is_reference,
                         "score_code": from_code.score, "score_image": from_image.score, "deserved": deserved,
                         "cer": cer(code, read), "detected": detect(read, problem.languages).language,
                         "misread": [] if deserved else misread_lines(code, read)})
            print(f"{problem_id:22} {path.name:32} code {from_code.score:.2f} image {from_image.score:.2f} "
                  f"CER {100 * rows[-1]['cer']:.1f} %{'' if deserved else '  NOT AS DESERVED'}", flush=True)
    by_language: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_language[row["language"]].append(row)
    summary = {}
    print("\n| language | references 1.0 | wrong still < 1.0 | graded as deserved | transcription CER | "
          "language detected |")
    print("|---|---|---|---|---|---|")
    for language, group in sorted(by_language.items()):
        refs = [row for row in group if row["reference"]]
        wrong_rows = [row for row in group if not row["reference"]]
        summary[language] = {
            "references": len(refs), "references_full": sum(row["score_image"] == 1.0 for row in refs),
            "wrong": len(wrong_rows), "wrong_still_failing": sum(row["score_image"] < 1.0 for row in wrong_rows),
            "deserved": sum(row["deserved"] for row in group) / len(group),
            "cer": sum(row["cer"] for row in group) / len(group),
            "detected": sum(row["detected"] == language for row in group) / len(group)}
        s = summary[language]
        print(f"| {language} | {s['references_full']}/{s['references']} | {s['wrong_still_failing']}/{s['wrong']} | "
              f"{100 * s['deserved']:.0f} % | {100 * s['cer']:.1f} % | {100 * s['detected']:.0f} % |")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"model": source_name, "renderer": args.renderer, "seconds":
                               round(time.perf_counter() - began), "summary": summary, "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
