"""The Qwen2-VL-2B shape (RANDOM WEIGHTS) as GGUF q4_k_m + mmproj in llama.cpp: peak RSS with one 1024 px
screenshot, and decode tokens/s against a memory-bandwidth roofline measured in the same run.

Run: `make bench-gguf` or `python benchmarks/gguf_2b.py [--like qwen2-vl-2b] [--type q4_k_m] [--mmproj-type q8_0]
[--rounds 2]`. The transcriptions are noise (random weights); only memory and speed mean anything. Each
measurement runs in a fresh process (peak RSS its own); the bandwidth probe runs between them, so both see
the same machine. Writes runs/bench/gguf_<like>_<type>.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--like", default="qwen2-vl-2b")
    parser.add_argument("--type", default="q4_k_m")
    parser.add_argument("--mmproj-type", default="q8_0")
    parser.add_argument("--image-px", type=int, default=1024)
    parser.add_argument("--image-max-tokens", type=int, default=1024)
    parser.add_argument("--tokens", type=int, default=32, help="new tokens per transcription")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--mmap", action="store_true", help="map the weights instead of reading them into RAM")
    parser.add_argument("--work", type=Path, default=Path("runs/synth"))
    args = parser.parse_args()

    from vlmedge.evaluate.speed import median_spread
    from vlmedge.export.gguf.export import export_gguf
    from vlmedge.export.measure import measure_variant
    from vlmedge.models.synth import synthesized

    folder = synthesized(args.like, args.work)
    gguf_dir = args.work / f"{args.like}-gguf-{args.type}-{args.mmproj_type}"
    if not (gguf_dir / "manifest.json").is_file():
        print(f"exporting {folder} to GGUF {args.type} + mmproj {args.mmproj_type} ...", flush=True)
        began = time.perf_counter()
        export_gguf(str(folder), gguf_dir, args.type, args.mmproj_type, args.threads, overwrite=True)
        print(f"  {time.perf_counter() - began:.0f} s", flush=True)
    export = json.loads((gguf_dir / "manifest.json").read_text())["results"]
    text_bytes = (gguf_dir / export["text"]).stat().st_size
    threads = args.threads or os.cpu_count() or 1

    runs, bandwidths = [], []
    for round_index in range(args.rounds):
        bandwidths.append(read_bandwidth_gbs())
        measured = measure_variant(gguf_dir, image_px=args.image_px, threads=threads, runs=1,
                                max_new_tokens=args.tokens, use_mmap=args.mmap,
                                image_max_tokens=args.image_max_tokens)
        runs.append(measured)
        print(f"round {round_index + 1}: peak RSS {measured['peak_rss_mb']:.0f} MB, {measured['ms']:.0f} ms, "
              f"encode {measured['encode_ms']:.0f} ms, decode {measured['decode_tokens_per_s']} tok/s, read "
              f"bandwidth {bandwidths[-1]:.1f} GB/s (load {measured['load_average'][0]})", flush=True)

    bandwidth = median_spread(bandwidths)
    # Decode reads every text weight once per token (tied embeddings: the output matrix is the embedding table).
    roofline = bandwidth["median"] * 1e9 / text_bytes
    decode = median_spread([r["decode_tokens_per_s"] for r in runs if r["decode_tokens_per_s"]])
    record = {
        "benchmark": "gguf_2b", "weights": "random weights", "like": args.like, "type": args.type,
        "mmproj_type": args.mmproj_type, "text_mb": round(text_bytes / 2**20, 1), "mmproj_mb": export["mmproj_mb"],
        "fallbacks": export["fallbacks"], "threads": threads, "use_mmap": args.mmap, "image_px": runs[0]["image_px"],
        "image_tokens": runs[0]["image_tokens"], "new_tokens": args.tokens, "rounds": args.rounds,
        **{key: median_spread([r[field] for r in runs]) for key, field in (
            ("peak_rss_mb", "peak_rss_mb"), ("end_to_end_ms", "ms"), ("encode_ms", "encode_ms"),
            ("ttft_ms", "ttft_ms"))},
        "decode_tokens_per_s": decode, "read_bandwidth_gbs": bandwidth,
        "roofline_tokens_per_s": round(roofline, 2), "roofline_fraction": round(decode["median"] / roofline, 3),
        "load_average": [r["load_average"] for r in runs], "cpus": os.cpu_count(), "platform": platform.platform(),
    }
    out = Path("runs/bench") / f"gguf_{args.like}_{args.type}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, indent=2) + "\n")
    rss = record["peak_rss_mb"]
    print(f"\n{args.like} shape, RANDOM WEIGHTS, GGUF {args.type} ({record['text_mb']} MB) + mmproj "
          f"{args.mmproj_type} ({export['mmproj_mb']} MB), {record['image_px'][0]}x{record['image_px'][1]} px "
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
