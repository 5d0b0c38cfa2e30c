"""Parity of the GGUF export with transformers on eval screenshots: f16, q8_0 and q4_k_m side by side with the
fp16 checkpoint in one `vlmedge evaluate` run (same greedy decoding, same screenshots, interleaved).

Run: `make parity-gguf` or `python benchmarks/gguf_parity.py [--model default] [--eval runs/calib] [--limit 200]`.
Acceptance (issue 6): f16 gives the same transcription on >= 95 % of screenshots with CER within 0.2 points,
q8_0 within 0.5 points; q4_k_m is reported. Writes runs/bench/gguf_parity/ (results, predictions, manifest)
and prints a Markdown table.
"""

from __future__ import annotations

import argparse
from pathlib import Path

TYPES = ("f16", "q8_0", "q4_k_m")
LIMITS = {"f16": (0.95, 0.002), "q8_0": (None, 0.005)}  # (min same-text share, max |CER change|)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--eval", type=Path, default=Path("runs/calib"))
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path("runs/bench/gguf_parity"))
    args = parser.parse_args()

    from vlmedge.calibration.build import BuildConfig, build
    from vlmedge.evaluate.compare import evaluate_variants
    from vlmedge.evaluate.variants import Variant
    from vlmedge.export.gguf.export import export_gguf

    if not (args.eval / "manifest.json").is_file():
        print(f"building {args.limit} eval screenshots in {args.eval} ...", flush=True)
        build(BuildConfig(samples=0, eval_samples=args.limit, seed=0), args.eval)
    variants = [Variant("baseline", args.model)]
    for kind in TYPES:
        folder = args.work.parent / f"gguf_parity_{kind}"
        export_gguf(args.model, folder, kind, overwrite=True)
        variants.append(Variant(kind, str(folder)))
    results = evaluate_variants(variants, args.eval, args.work, limit=args.limit, repeats=1, threads=args.threads,
                                overwrite=True)
    base = results["variants"]["baseline"]["accuracy"]["overall"]["ws"]["cer"]
    print(f"\n{args.model} on {results['samples']} eval screenshots ({args.eval}), {results['threads']} threads, "
          f"load {results['load_average']['before'][0]:.2f} -> {results['load_average']['after'][0]:.2f}; "
          f"transformers baseline CER {base:.2%}:\n")
    print("| GGUF text type | same transcription | CER | CER change (points) | acceptance | disk MB | p50 ms |")
    print("|---|---|---|---|---|---|---|")
    for kind in TYPES:
        entry = results["variants"][kind]
        same, change = entry["vs_baseline"]["same_text"], entry["vs_baseline"]["cer_increase"]
        need_same, need_change = LIMITS.get(kind, (None, None))
        verdict = "reported"
        if need_change is not None:
            ok = abs(change) <= need_change and (need_same is None or same >= need_same)
            rule = f"CER change within ±{need_change * 100:.1f}" + (f", same >= {need_same:.0%}" if need_same else "")
            verdict = f"{'pass' if ok else 'FAIL'} ({rule})"
        print(f"| {kind} | {same:.1%} | {entry['accuracy']['overall']['ws']['cer']:.2%} | {change * 100:+.2f} | "
              f"{verdict} | {entry['disk_mb']:.1f} | {entry['speed']['end_to_end_ms']['p50']:.0f} |")
    print(f"\n-> {args.work}")


if __name__ == "__main__":
    main()
