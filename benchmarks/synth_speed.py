"""Speed and memory of a random-weight model of a real checkpoint's shape in fp32, bf16 and int8 (torch, CPU).

Run: `make bench-synth` or `python benchmarks/synth_speed.py --like qwen2-vl-2b [--image-px 448] [--rounds 2]`.
RANDOM WEIGHTS: the transcriptions are noise; only timings and memory mean anything. Each measurement runs
in a fresh process (its peak RSS is its own); modes rotate within each round so machine noise falls on all.
Writes runs/bench/synth_speed_<like>.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import time
from pathlib import Path
from typing import Any

MODES = ("fp32", "bf16", "int8")


def measure(conn: Any, folder: str, mode: str, width: int, tokens: int, runs: int, threads: int) -> None:
    import torch

    from vlmedge.calibration.render import sample_screenshot
    from vlmedge.models import load
    from vlmedge.models.cpu_int8 import dynamic_int8
    from vlmedge.runtime.torch_runtime import TorchRuntime
    from vlmedge.stage import peak_rss_mb

    torch.set_num_threads(threads)
    began = time.perf_counter()
    loaded = load(folder, dtype=torch.bfloat16 if mode == "bf16" else torch.float32)
    if mode == "int8":  # the language model's Linears; the vision tower stays fp32 as in our W8A8 recipe
        dynamic_int8(loaded.model, ["re:.*visual.*", "re:.*lm_head"])
    load_s = time.perf_counter() - began
    runtime = TorchRuntime(loaded.model, loaded.processor, max_new_tokens=tokens)
    image = sample_screenshot(width)
    runtime.transcribe([image])  # warm-up
    results = [runtime.transcribe([image])[0] for _ in range(runs)]
    conn.send({"load_s": load_s, "ms": [r.ms for r in results], "timings": [r.timings for r in results],
               "peak_rss_mb": peak_rss_mb()})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--like", default="qwen2-vl-2b")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--image-px", type=int, default=448, help="screenshot width in px")
    parser.add_argument("--tokens", type=int, default=16, help="new tokens per transcription")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1, help="measured transcriptions per mode per round")
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path("runs/synth"))
    args = parser.parse_args()
    from vlmedge.models.synth import synthesized

    folder = synthesized(args.like, args.work)
    threads = args.threads or os.cpu_count() or 1
    modes = [m for m in args.modes.split(",") if m]
    context = multiprocessing.get_context("spawn")
    samples: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
    loads = []
    for round_index in range(args.rounds):
        for mode in modes[round_index % len(modes):] + modes[:round_index % len(modes)]:
            loads.append(os.getloadavg()[0])
            parent, child = context.Pipe()
            process = context.Process(target=measure, args=(child, str(folder), mode, args.image_px, args.tokens,
                                                             args.runs, threads))
            process.start()
            samples[mode].append(parent.recv())
            process.join()
            last = samples[mode][-1]
            print(f"round {round_index + 1} {mode}: {statistics.median(last['ms']):.0f} ms, peak RSS "
                  f"{last['peak_rss_mb']:.0f} MB (load {loads[-1]:.2f})", flush=True)

    def spread(values: list[float]) -> dict[str, float]:
        return {"median": round(statistics.median(values), 2), "min": round(min(values), 2),
                "max": round(max(values), 2), "n": len(values)}

    summary = {}
    for mode in modes:
        timings = [t for s in samples[mode] for t in s["timings"]]
        summary[mode] = {
            "end_to_end_ms": spread([ms for s in samples[mode] for ms in s["ms"]]),
            **{key: spread([t[key] for t in timings if key in t])
               for key in ("encode_ms", "ttft_ms", "decode_tokens_per_s")},
            "peak_rss_mb": spread([s["peak_rss_mb"] for s in samples[mode]]),
            "load_s": spread([s["load_s"] for s in samples[mode]]),
        }
    base = summary.get("fp32", {}).get("end_to_end_ms", {}).get("median")
    record = {"benchmark": "synth_speed", "weights": "random weights", "like": args.like,
              "image_px": args.image_px, "new_tokens": args.tokens, "rounds": args.rounds, "threads": threads,
              "cpus": os.cpu_count(), "load_average_at_start": loads, "platform": platform.platform(),
              "modes": summary}
    out = Path("runs/bench") / f"synth_speed_{args.like}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, indent=2) + "\n")
    print(f"\n{args.like} shape, RANDOM WEIGHTS, {args.image_px} px screenshot, {args.tokens} new tokens, "
          f"{threads} threads, median (min-max) over {args.rounds} rounds:\n")
    print("| mode | end-to-end ms | speedup vs fp32 | encode ms | TTFT ms | decode tok/s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for mode, m in summary.items():
        e2e = m["end_to_end_ms"]
        up = f"{base / e2e['median']:.2f}x" if base else "-"
        print(f"| {mode} | {e2e['median']:.0f} ({e2e['min']:.0f}-{e2e['max']:.0f}) | {up} | "
              f"{m['encode_ms'].get('median', 0):.0f} | {m['ttft_ms'].get('median', 0):.0f} | "
              f"{m['decode_tokens_per_s'].get('median', 0):.2f} | {m['peak_rss_mb']['median']:.0f} |")
    print(f"\n-> {out}")


if __name__ == "__main__":
    main()
