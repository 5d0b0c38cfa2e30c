"""How fast the grader grades code, and what the sandbox costs.

1. Throughput: every bank reference of a language graded (compile once, all tests, tests run in parallel up to
   the core count), one after another: code submissions graded per minute per language, and the median time of one.
2. Sandbox overhead: the same small program run bare (subprocess, no limits) and in the sandbox (uid switch,
   bubblewrap, seccomp, rlimits, the usage waiters), interleaved; the median difference per run.

Run: `python benchmarks/grader_throughput.py [--languages python,c] [--overhead-runs 40]` (as root).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from vlmedge.grader import sandbox
from vlmedge.grader.executors import get_executor
from vlmedge.grader.grade import grade
from vlmedge.grader.problem import BANK_DIR, LANGUAGES, bank_ids, load_problem

HELLO = "#include <stdio.h>\nint main(void) { puts(\"hello\"); return 0; }\n"


def throughput(language: str) -> dict[str, float]:
    suffix = Path(get_executor(language).source_file).suffix
    seconds, tests = [], 0
    for problem_id in bank_ids():
        reference = BANK_DIR / problem_id / "solutions" / f"reference{suffix}"
        if not reference.is_file():
            continue
        problem = load_problem(problem_id)
        began = time.perf_counter()
        result = grade(problem, code=reference.read_text(), language=language)
        seconds.append(time.perf_counter() - began)
        tests += result.total
        if result.score < 1.0:
            print(f"  note: {problem_id} {language} scored {result.score:.2f}")
    return {"submissions": len(seconds), "tests": tests, "per_minute": 60 * len(seconds) / sum(seconds),
            "median_s": statistics.median(seconds)}


def overhead(runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        box = Path(folder)
        (box / "main.c").write_text(HELLO)
        subprocess.run(["gcc", "-O2", "-o", str(box / "main"), str(box / "main.c")], check=True)
        os.chmod(box, 0o755)
        limits = sandbox.Limits(cpu_s=2, wall_s=5, address_space_mb=64)
        bare, boxed = [], []
        for _ in range(runs):  # interleaved, so load changes hit both alike
            began = time.perf_counter()
            subprocess.run([str(box / "main")], capture_output=True, check=True)
            bare.append((time.perf_counter() - began) * 1000)
            result = sandbox.run(["./main"], box, limits)
            assert result.stdout == "hello\n", result
            boxed.append(result.wall_ms)
    return {"runs": runs, "bare_ms": statistics.median(bare), "sandbox_ms": statistics.median(boxed),
            "overhead_ms": statistics.median(b - a for a, b in zip(bare, boxed, strict=True))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--overhead-runs", type=int, default=40)
    parser.add_argument("--out", type=Path, default=Path("runs/bench/grader_throughput.json"))
    args = parser.parse_args()
    results = {"overhead": overhead(args.overhead_runs), "languages": {}, "cpus": os.cpu_count(),
               "load_average": list(os.getloadavg())}
    print(f"sandbox overhead: median {results['overhead']['overhead_ms']:.1f} ms per run "
          f"(bare {results['overhead']['bare_ms']:.1f} ms, sandboxed {results['overhead']['sandbox_ms']:.1f} ms)")
    for language in args.languages.split(","):
        results["languages"][language] = row = throughput(language)
        print(f"{language:<11} {row['submissions']:>3} submissions, {row['tests']:>4} tests: "
              f"{row['per_minute']:.1f} per minute, median {row['median_s']:.2f} s", flush=True)
    results["load_average_after"] = list(os.getloadavg())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
