"""The Qwen2-VL-2B shape (RANDOM WEIGHTS) as an edge variant, GGUF q4_k_m + mmproj q8_0 in llama.cpp or ONNX
int4 + vision int8 in ONNX Runtime: export time and peak RSS, file sizes, then peak RSS with one 1024 px
screenshot and decode tokens/s against a memory-bandwidth roofline measured in the same run.

Run: `make bench-gguf` / `make bench-onnx`, or `python benchmarks/edge_2b.py [--format gguf|onnx] [--like
qwen2-vl-2b] [--type q4_k_m|int4] [--vision-type q8_0|int8] [--rounds 2]`. The transcriptions are noise (random
weights); only memory and speed mean anything. Each measurement runs in a fresh process (peak RSS its own); the
bandwidth probe runs between them, so both see the same machine. Writes runs/bench/<format>_<like>_<type>.json and
prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np


def read_bandwidth_gbs(gib: float = 1.0, repeats: int = 5) -> float:
    """Best-of-N streaming read bandwidth (GB/s): a dot product touches every byte of a large array once,
    which is how decode reads the weights."""
    values = np.ones(int(gib * 2**30) // 4, dtype=np.float32)
    best = 0.0
    for _ in range(repeats):
        began = time.perf_counter()
        float(np.dot(values, values))
        best = max(best, values.nbytes / (time.perf_counter() - began) / 1e9)
    return best


DEFAULTS = {"gguf": ("q4_k_m", "q8_0"), "onnx": ("int4", "int8")}  # (text, vision) weights


def text_and_vision_files(variant: Path, fmt: str, results: dict) -> tuple[list[Path], list[Path]]:
    if fmt == "gguf":
        return [variant / results["text"]], [variant / results["mmproj"]]
    return sorted(variant.glob("decoder.onnx*")), sorted(variant.glob("vision.onnx*"))


def exported(folder: Path, fmt: str, kind: str, vision_kind: str, threads: int) -> Path:
    """`folder` exported to `fmt` (once; kept beside it): the variant's folder."""
    variant = folder.parent / f"{folder.name}-{fmt}-{kind}-{vision_kind}"
    if not (variant / "manifest.json").is_file():
        print(f"exporting {folder} to {fmt} {kind} + vision {vision_kind} ...", flush=True)
        # In its own process: the exporter's peak (torch weights, then the graphs) stays out of the measurements'.
        options = ["--type", kind, "--mmproj-type", vision_kind, "--threads", str(threads)] \
            if fmt == "gguf" else ["--quant", kind, "--vision-quant", vision_kind]
        subprocess.run([sys.executable, "-m", "vlmedge.cli", "export", fmt, "--model", str(folder),
                        "--out", str(variant), "--overwrite", *options], check=True)
    return variant


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--format", choices=sorted(DEFAULTS), default="gguf")
    parser.add_argument("--like", default="qwen2-vl-2b")
    parser.add_argument("--type", help="text weights (default: q4_k_m for gguf, int4 for onnx)")
    parser.add_argument("--vision-type", help="vision weights: the mmproj type (q8_0) or --vision-quant (int8)")
    parser.add_argument("--image-px", type=int, default=1024)
    parser.add_argument("--image-max-tokens", type=int, default=1024)
    parser.add_argument("--tokens", type=int, default=32, help="new tokens per transcription")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--mmap", action="store_true", help="map the weights instead of reading them into RAM")
    parser.add_argument("--work", type=Path, default=Path("runs/synth"))
    args = parser.parse_args()
    kind, vision_kind = args.type or DEFAULTS[args.format][0], args.vision_type or DEFAULTS[args.format][1]

    from vlmedge.evaluate.speed import median_spread
    from vlmedge.export.measure import measure_variant
    from vlmedge.models.synth import synthesized

    variant = exported(synthesized(args.like, args.work), args.format, kind, vision_kind, args.threads)
    export = json.loads((variant / "manifest.json").read_text())
    print(f"  export {export['wall_time_s']:.0f} s, peak RSS {export['peak_rss_mb']:.0f} MB", flush=True)
    text_files, vision_files = text_and_vision_files(variant, args.format, export["results"])
    text_bytes = sum(path.stat().st_size for path in text_files)
    vision_mb = round(sum(path.stat().st_size for path in vision_files) / 2**20, 1)
    threads = args.threads or os.cpu_count() or 1

    runs, bandwidths = [], []
    for round_index in range(args.rounds):
        bandwidths.append(read_bandwidth_gbs())
        measured = measure_variant(variant, image_px=args.image_px, threads=threads, runs=1,
                                max_new_tokens=args.tokens, use_mmap=args.mmap,
                                image_max_tokens=args.image_max_tokens)
        runs.append(measured)
        print(f"round {round_index + 1}: peak RSS {measured['peak_rss_mb']:.0f} MB, {measured['ms']:.0f} ms, "
              f"encode {measured['encode_ms']:.0f} ms, decode {measured['decode_tokens_per_s']} tok/s, read "
              f"bandwidth {bandwidths[-1]:.1f} GB/s (load {measured['load_average'][0]})", flush=True)

    bandwidth = median_spread(bandwidths)
    # Decode reads every text weight once per token (tied embeddings: the output matrix is the embedding table; the
    # ONNX decoder holds its own quantized copy of it, and reads one row of embed_tokens.npy per token).
    roofline = bandwidth["median"] * 1e9 / text_bytes
    decode = median_spread([r["decode_tokens_per_s"] for r in runs if r["decode_tokens_per_s"]])
    record = {
        "benchmark": "edge_2b", "weights": "random weights", "format": args.format, "like": args.like, "type": kind,
        "vision_type": vision_kind, "text_mb": round(text_bytes / 2**20, 1), "vision_mb": vision_mb,
        "export_s": export["wall_time_s"], "export_peak_rss_mb": export["peak_rss_mb"],
        "fallbacks": export["results"].get("fallbacks", []), "threads": threads,
        "use_mmap": args.mmap, "image_px": runs[0]["image_px"],
        "image_tokens": runs[0]["image_tokens"], "new_tokens": args.tokens, "rounds": args.rounds,
        **{key: median_spread([r[field] for r in runs]) for key, field in (
            ("peak_rss_mb", "peak_rss_mb"), ("end_to_end_ms", "ms"), ("encode_ms", "encode_ms"),
            ("ttft_ms", "ttft_ms"))},
        "decode_tokens_per_s": decode, "read_bandwidth_gbs": bandwidth,
        "roofline_tokens_per_s": round(roofline, 2), "roofline_fraction": round(decode["median"] / roofline, 3),
        "load_average": [r["load_average"] for r in runs], "cpus": os.cpu_count(), "platform": platform.platform(),
    }
    out = Path("runs/bench") / f"{args.format}_{args.like}_{kind}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, indent=2) + "\n")
    rss = record["peak_rss_mb"]
    print(f"\n{args.like} shape, RANDOM WEIGHTS, {args.format} {kind} ({record['text_mb']} MB) + vision "
          f"{vision_kind} ({vision_mb} MB; export {record['export_s']:.0f} s at peak RSS "
          f"{record['export_peak_rss_mb']:.0f} MB), {record['image_px'][0]}x{record['image_px'][1]} px "
          f"screenshot ({record['image_tokens']:.0f} image tokens), {threads} threads, "
          f"{'mmap' if args.mmap else 'no mmap'}, median (min-max) over {args.rounds} rounds:\n")
    print("| peak RSS MB | end-to-end ms | encode ms | TTFT ms | decode tok/s | read BW GB/s | roofline tok/s |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {rss['median']:.0f} ({rss['min']:.0f}-{rss['max']:.0f}) | {record['end_to_end_ms']['median']:.0f} | "
          f"{record['encode_ms']['median']:.0f} | {record['ttft_ms']['median']:.0f} | "
          f"{decode['median']:.2f} ({decode['min']:.2f}-{decode['max']:.2f}) | {bandwidth['median']:.1f} | "
          f"{roofline:.1f} ({record['roofline_fraction']:.0%} reached) |")
    print(f"\n-> {out}")


if __name__ == "__main__":
    main()
