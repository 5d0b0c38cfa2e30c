"""Wall time, peak RSS and size of each quantization method on a model (default: the embedded one).

Run: `python benchmarks/quantize_methods.py [--model default] [--calib runs/calib] [--samples 64]`.
Each method runs as its own `vlmedge quantize` process, so each peak RSS is that run's alone; the figures
come from the variants' manifests. Writes runs/bench/quantize_methods.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from vlmedge.quantize.methods import METHODS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--calib", type=Path, default=Path("runs/calib"))
    parser.add_argument("--samples", type=int, default=64)
    parser.add_argument("--work", type=Path, default=Path("runs/bench/quantize"))
    # The calibrated methods: gguf and onnx take no calibration set and report another manifest (their costs are in
    # the export tables), which is where this script used to stop with a KeyError after the third method.
    calibrated = [name for name, spec in METHODS.items() if spec.backend == "llm-compressor"]
    parser.add_argument("--methods", default=",".join(calibrated), help=f"any of {', '.join(calibrated)}")
    args = parser.parse_args()
    unknown = [method for method in args.methods.split(",") if method not in calibrated]
    if unknown:
        parser.error(f"--methods {','.join(unknown)}: this benchmark times the calibrated methods "
                     f"({', '.join(calibrated)}); GGUF and ONNX export costs are in benchmarks/edge_2b.py")

    if not (args.calib / "manifest.json").is_file():
        subprocess.run([sys.executable, "-m", "vlmedge.cli", "calibrate", "--out", str(args.calib)], check=True)
    rows = []
    for method in args.methods.split(","):
        out = args.work / method
        load_before = os.getloadavg()[0]
        subprocess.run([sys.executable, "-m", "vlmedge.cli", "quantize", "--method", method, "--model", args.model,
                        "--calib", str(args.calib), "--samples", str(args.samples), "--out", str(out),
                        "--overwrite"], check=True, stdout=subprocess.DEVNULL)
        manifest = json.loads((out / "manifest.json").read_text())
        results = manifest["results"]
        rows.append({"method": method, "wall_time_s": manifest["wall_time_s"],
                     "quantize_seconds": results["quantize_seconds"], "peak_rss_mb": manifest["peak_rss_mb"],
                     "peak_rss_children_mb": manifest.get("peak_rss_children_mb"),
                     "weights_mb": round(results["weights_bytes"] / 1e6, 2),
                     "source_weights_mb": round(results["source_weights_bytes"] / 1e6, 2),
                     "layers": results["quantized_linear_layers"], "samples": manifest["inputs"]["calibration_samples"],
                     "load_average_before": round(load_before, 2), "cpus": os.cpu_count()})
    args.work.mkdir(parents=True, exist_ok=True)
    (args.work.parent / "quantize_methods.json").write_text(json.dumps(rows, indent=2) + "\n")
    print("| method | wall s (stage) | quantize s | peak RSS MB | weights MB (from) | layers | samples | load |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['method']} | {r['wall_time_s']:.0f} | {r['quantize_seconds']:.0f} | {r['peak_rss_mb']:.0f} | "
              f"{r['weights_mb']} ({r['source_weights_mb']}) | {r['layers']} | {r['samples']} | "
              f"{r['load_average_before']} |")


if __name__ == "__main__":
    main()
