"""Parity of the edge exports with transformers on eval screenshots: GGUF (llama.cpp) and ONNX (ONNX Runtime)
variants side by side with the checkpoint in torch, in one `vlmedge evaluate` run (same greedy decoding, same
screenshots, interleaved), so their speeds compare too.

Run: `make parity-edge` (all six types on 100 seed-0 eval screenshots), or `python benchmarks/edge_parity.py
[--model default] [--eval runs/calib] [--limit 200] [--types f16,q8_0,q4_k_m,onnx-fp32,onnx-int8,onnx-int4]`.
A type named onnx-KIND is `vlmedge export onnx --quant KIND`; any other is a GGUF text type (mmproj f16).
Acceptance: GGUF f16 gives the same transcription on >= 95 % of screenshots with CER within 0.2 points, q8_0
within 0.5 points (issue 6); ONNX fp32 the same transcription on >= 98 % (issue 31); the others are reported.
Writes runs/bench/edge_parity/ (results, predictions, manifest) and prints a Markdown table.
"""

from __future__ import annotations

import argparse
from pathlib import Path

# (min same-text share, max |CER change|) per type; a type not listed is reported only.
LIMITS = {"f16": (0.95, 0.002), "q8_0": (None, 0.005), "onnx-fp32": (0.98, None)}


def verdict(kind: str, same: float, change: float) -> str:
    if kind not in LIMITS:
        return "reported"
    need_same, need_change = LIMITS[kind]
    ok = (need_change is None or abs(change) <= need_change) and (need_same is None or same >= need_same)
    rules = ([f"CER change within ±{need_change * 100:.1f}"] if need_change is not None else []) + \
        ([f"same >= {need_same:.0%}"] if need_same is not None else [])
    return f"{'pass' if ok else 'FAIL'} ({', '.join(rules)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--eval", type=Path, default=Path("runs/calib"))
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--types", default="f16,q8_0,q4_k_m")
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path("runs/bench/edge_parity"))
    args = parser.parse_args()

    from vlmedge.calibration.build import BuildConfig, build
    from vlmedge.evaluate.compare import evaluate_variants
    from vlmedge.evaluate.variants import Variant
    from vlmedge.export.gguf.export import export_gguf
    from vlmedge.export.onnx.export import export_onnx

    if not (args.eval / "manifest.json").is_file():
        print(f"building {args.limit} eval screenshots in {args.eval} ...", flush=True)
        build(BuildConfig(samples=0, eval_samples=args.limit, seed=0), args.eval)
    kinds = args.types.split(",")
    variants = [Variant("baseline", args.model)]
    for kind in kinds:
        folder = args.work.parent / f"edge_parity_{kind}"
        if kind.startswith("onnx-"):
            export_onnx(args.model, folder, kind.removeprefix("onnx-"), overwrite=True)
        else:
            export_gguf(args.model, folder, kind, overwrite=True)
        variants.append(Variant(kind, str(folder)))
    results = evaluate_variants(variants, args.eval, args.work, limit=args.limit, repeats=1, threads=args.threads,
                                overwrite=True)
    base = results["variants"]["baseline"]
    print(f"\n{args.model} on {results['samples']} eval screenshots ({args.eval}), {results['threads']} threads, "
          f"load {results['load_average']['before'][0]:.2f} -> {results['load_average']['after'][0]:.2f}; "
          f"transformers baseline CER {base['accuracy']['overall']['ws']['cer']:.2%}, p50 "
          f"{base['speed']['end_to_end_ms']['p50']:.0f} ms (p99 {base['speed']['end_to_end_ms']['p99']:.0f}):\n")
    print("| variant | runtime | same transcription | CER | CER change (points) | acceptance | disk MB | "
          "p50 / p99 ms | speedup |")
    print("|---|---|---|---|---|---|---|---|---|")
    for kind in kinds:
        entry = results["variants"][kind]
        same, change = entry["vs_baseline"]["same_text"], entry["vs_baseline"]["cer_increase"]
        runtime = "onnxruntime" if kind.startswith("onnx-") else "llama.cpp"
        print(f"| {kind} | {runtime} | {same:.1%} | {entry['accuracy']['overall']['ws']['cer']:.2%} | "
              f"{change * 100:+.2f} | {verdict(kind, same, change)} | {entry['disk_mb']:.1f} | "
              f"{entry['speed']['end_to_end_ms']['p50']:.0f} / {entry['speed']['end_to_end_ms']['p99']:.0f} | "
              f"{entry['vs_baseline']['speedup']['median']:.2f}x |")
    print(f"\n-> {args.work}")


if __name__ == "__main__":
    main()
