"""Prompt-logit parity of GGUF exports with transformers fp32, per weight type, to tell conversion bugs (large,
> 0.1 rel-L2) from llama.cpp's own CPU arithmetic: against stock transformers and against transformers with the
vision merger's GELU in llama.cpp's tanh form (vlmedge/export/gguf/reference.py), which isolates the file.

Run: `python benchmarks/gguf_logit_parity.py [--model default] [--samples 4]`; prints one JSON line per pairing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path

import numpy as np
import torch

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.calibration.dataset import load_split
from vlmedge.export.gguf.export import export_gguf
from vlmedge.export.gguf.reference import llama_cpp_merger_gelu
from vlmedge.models import load
from vlmedge.runtime.llama_cpp_runtime import LlamaCppRuntime
from vlmedge.runtime.torch_runtime import TorchRuntime

PAIRINGS = (("f16", "f16"), ("f32", "f16"), ("f32", "f32"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--samples", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    loaded = load(args.model, dtype=torch.float32)
    reference = TorchRuntime(loaded.model, loaded.processor)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        build(BuildConfig(samples=args.samples, eval_samples=args.samples, seed=11, workers=1), root / "set",
              progress=False)
        rows = load_split(root / "set", "eval", "--eval", args.samples)
        references = {"stock": [reference.prompt_logits(row["image"]) for row in rows]}
        with llama_cpp_merger_gelu(loaded.model):
            references["tanh_gelu"] = [reference.prompt_logits(row["image"]) for row in rows]
        for kind, mmproj_kind in PAIRINGS:
            folder = export_gguf(args.model, root / f"{kind}-{mmproj_kind}", kind, mmproj_kind, threads=args.threads)
            runtime = LlamaCppRuntime(folder, threads=args.threads, warmup=False)
            logits = [runtime.prompt_logits(row["image"]) for row in rows]
            for name, expected_rows in references.items():
                errors = [float(np.linalg.norm(ours - expected) / np.linalg.norm(expected))
                          for ours, expected in zip(logits, expected_rows, strict=True)]
                same_argmax = sum(int(o.argmax() == e.argmax()) for o, e in zip(logits, expected_rows, strict=True))
                print(json.dumps({"model": args.model, "type": kind, "mmproj_type": mmproj_kind, "reference": name,
                                  "rel_l2_median": round(statistics.median(errors), 5),
                                  "rel_l2_max": round(max(errors), 5), "same_argmax": f"{same_argmax}/{len(rows)}"}),
                      flush=True)

if __name__ == "__main__":
    main()
