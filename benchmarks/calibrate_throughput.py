"""Dataset-builder throughput at default settings: samples/s end to end (plan, render, degrade, encode, save).

Run: `make bench` or `python benchmarks/calibrate_throughput.py --samples 1024 --repeats 3`.
Prints a JSON record (median and spread over repeats, with load average and worker count) and writes it
to runs/bench/calibrate_throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from vlmedge.calibration.build import BuildConfig, build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=1024, help="total samples, split half calibration, half eval")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=0, help="0 = one per CPU (the default)")
    parser.add_argument("--out", type=Path, default=Path("runs/bench/calibrate_throughput.json"))
    args = parser.parse_args()

    rates, loads = [], []
    for repeat in range(args.repeats):
        loads.append(os.getloadavg()[0])
        with tempfile.TemporaryDirectory() as scratch:
            config = BuildConfig(samples=args.samples // 2, eval_samples=args.samples - args.samples // 2,
                                 seed=repeat, workers=args.workers)
            started = time.perf_counter()
            build(config, Path(scratch) / "set", progress=False)
            rates.append(args.samples / (time.perf_counter() - started))
        print(f"repeat {repeat + 1}/{args.repeats}: {rates[-1]:.1f} samples/s (load {loads[-1]:.2f})", flush=True)
    record = {
        "benchmark": "calibrate_throughput",
        "samples_per_run": args.samples,
        "samples_per_second_median": round(statistics.median(rates), 1),
        "samples_per_second_min": round(min(rates), 1),
        "samples_per_second_max": round(max(rates), 1),
        "repeats": args.repeats,
        "workers": args.workers or os.cpu_count(),
        "cpus": os.cpu_count(),
        "load_average_at_start": loads,
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(record, indent=2) + "\n")
    print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
