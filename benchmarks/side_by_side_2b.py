"""The Qwen2-VL-2B shape (RANDOM WEIGHTS) in every runtime, side by side in one run: torch fp32, torch int8
(dynamic, the language model's Linears as configs/quantize/int8.yaml quantizes them), llama.cpp q4_k_m + mmproj
q8_0, ONNX Runtime int4 + vision int8, on one 448 px and one 1024 px code screenshot.

Run: `make bench-2b`, or `python benchmarks/side_by_side_2b.py [--image-px 448,1024] [--rounds 2] [--tokens 32]
[--variants torch-fp32,torch-int8,gguf,onnx]`. Each measurement runs in a fresh process (peak RSS its own) and
decodes exactly --tokens tokens; rounds interleave the variants, and a read-bandwidth probe runs before each
measurement, so every figure and its roofline come from the same minutes of the same machine. The transcriptions
are noise (random weights): only memory and speed mean anything. Writes runs/bench/side_by_side_<like>.json and
prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import struct
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edge_2b import DEFAULTS, exported, read_bandwidth_gbs, text_and_vision_files  # noqa: E402

VARIANTS = ("torch-fp32", "torch-int8", "gguf", "onnx")
LABELS = {"torch-fp32": "torch fp32", "torch-int8": "torch int8 (dynamic, language model)",
          "gguf": "llama.cpp q4_k_m + mmproj q8_0", "onnx": "ONNX Runtime int4 + vision int8"}


def safetensors_shapes(folder: Path) -> dict[str, list[int]]:
    """Tensor name -> shape, from the safetensors headers alone."""
    shapes: dict[str, list[int]] = {}
    for path in sorted(folder.glob("*.safetensors")):
        with path.open("rb") as file:
            header = json.loads(file.read(struct.unpack("<Q", file.read(8))[0]))
        shapes.update({name: entry["shape"] for name, entry in header.items() if name != "__metadata__"})
    return shapes


def torch_decode_bytes(folder: Path, int8: bool) -> int:
    """Bytes one decode step reads in torch: every text-model weight once, the tied output head being the
    embedding table (float32; under int8 the 2-D Linear weights are one byte each, the head stays float32)."""
    total = 0
    for name, shape in safetensors_shapes(folder).items():
        if "visual" in name or name.startswith("lm_head"):
            continue
        count = 1
        for side in shape:
            count *= side
        linear = len(shape) == 2 and "embed_tokens" not in name
        total += count * (1 if int8 and linear else 4)
    return total


def variant_folder(name: str, model: Path, threads: int) -> tuple[Path, int]:
    """(folder to measure, bytes a decode step reads) for a variant name."""
    if name.startswith("torch"):
        return model, torch_decode_bytes(model, int8=name == "torch-int8")
    kind, vision_kind = DEFAULTS[name]
    folder = exported(model, name, kind, vision_kind, threads)
    results = json.loads((folder / "manifest.json").read_text())["results"]
    text_files, _ = text_and_vision_files(folder, name, results)
    return folder, sum(path.stat().st_size for path in text_files)


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    from vlmedge.evaluate.speed import median_spread

    def spread(key: str) -> dict[str, float] | None:
        values = [run[key] for run in runs if run.get(key) is not None]
        return median_spread(values) if values else None

    return {"image_px": runs[0]["image_px"], "image_tokens": runs[0]["image_tokens"],
            **{key: spread(key) for key in ("peak_rss_mb", "ms", "encode_ms", "ttft_ms", "decode_tokens_per_s",
                                            "roofline_tokens_per_s", "bandwidth_gbs", "load_s")},
            "load_average": [run["load_average"] for run in runs]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--like", default="qwen2-vl-2b")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--image-px", default="448,1024", help="screenshot widths, comma-separated")
    parser.add_argument("--image-max-tokens", type=int, default=1024)
    parser.add_argument("--tokens", type=int, default=32, help="new tokens per transcription")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path("runs/synth"))
    args = parser.parse_args()
    names = [name.strip() for name in args.variants.split(",") if name.strip()]
    unknown = sorted(set(names) - set(VARIANTS))
    if unknown:
        parser.error(f"unknown variant(s) {', '.join(unknown)}; choose from {', '.join(VARIANTS)}")
    sizes = [int(px) for px in args.image_px.split(",")]

    from vlmedge.export.measure import measure_variant
    from vlmedge.models.synth import synthesized
    from vlmedge.threads import cpu_threads

    threads = cpu_threads(args.threads)
    model = synthesized(args.like, args.work)
    folders = {name: variant_folder(name, model, args.threads) for name in names}
    runs: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for round_index in range(args.rounds):
        for px in sizes:
            for name in names:
                folder, decode_bytes = folders[name]
                bandwidth = read_bandwidth_gbs()
                # Warm-up on the small screenshot: it wakes every kernel without paying the large one's encode twice.
                measured = measure_variant(folder, image_px=px, threads=threads, runs=1, max_new_tokens=args.tokens,
                                           image_max_tokens=args.image_max_tokens,
                                           torch_int8=name == "torch-int8", warmup_px=min(sizes))
                measured.update(bandwidth_gbs=bandwidth, roofline_tokens_per_s=bandwidth * 1e9 / decode_bytes)
                runs.setdefault((name, px), []).append(measured)
                print(f"round {round_index + 1}, {px} px, {name}: {measured['ms']:.0f} ms, encode "
                      f"{measured['encode_ms']:.0f} ms, decode {measured['decode_tokens_per_s']} tok/s, peak RSS "
                      f"{measured['peak_rss_mb']:.0f} MB (read bandwidth {bandwidth:.1f} GB/s, load "
                      f"{measured['load_average'][0]})", flush=True)

    rows = {f"{name}@{px}": {"variant": name, "px": px, **summarize(runs[(name, px)])}
            for px in sizes for name in names}
    record = {"benchmark": "side_by_side_2b", "weights": "random weights", "like": args.like, "threads": threads,
              "tokens": args.tokens, "rounds": args.rounds, "image_max_tokens": args.image_max_tokens,
              "sizes_mb": {name: round(sum(p.stat().st_size for p in folders[name][0].iterdir() if p.is_file())
                                       / 2**20, 1) for name in names},
              "rows": rows, "cpus": os.cpu_count(), "platform": platform.platform()}
    out = Path("runs/bench") / f"side_by_side_{args.like}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, indent=2) + "\n")
    print(f"\n{args.like} shape, RANDOM WEIGHTS, {threads} threads, {args.tokens} new tokens, median (min-max) "
          f"over {args.rounds} rounds, one process per measurement:\n")
    print("| runtime | screenshot | image tokens | peak RSS MB | end-to-end ms | vs torch fp32 | encode ms | TTFT ms "
          "| decode tok/s | of roofline |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for px in sizes:
        reference = rows.get(f"torch-fp32@{px}")
        for name in names:
            row = rows[f"{name}@{px}"]
            speedup = f"{reference['ms']['median'] / row['ms']['median']:.2f}x" if reference else "-"
            decode, roof = row["decode_tokens_per_s"], row["roofline_tokens_per_s"]
            print(f"| {LABELS[name]} | {row['image_px'][0]}x{row['image_px'][1]} px | {row['image_tokens']:.0f} | "
                  f"{row['peak_rss_mb']['median']:.0f} | {row['ms']['median']:.0f} | {speedup} | "
                  f"{row['encode_ms']['median']:.0f} | {row['ttft_ms']['median']:.0f} | "
                  f"{decode['median']:.2f} ({decode['min']:.2f}-{decode['max']:.2f}) | "
                  f"{decode['median'] / roof['median']:.0%} of {roof['median']:.1f} |")
    print(f"\n-> {out}")


if __name__ == "__main__":
    main()
