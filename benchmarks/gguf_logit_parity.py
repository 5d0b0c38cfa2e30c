"""Logit parity of GGUF exports with transformers fp32, per weight type, teacher-forced along each eval
screenshot's reference text, to tell conversion bugs (large, > 0.1 rel L2) from llama.cpp's own CPU arithmetic.

Two references: stock transformers, and transformers with the vision merger's GELU in llama.cpp's tanh form
(vlmedge/export/gguf/reference.py), which isolates the file from that one op. Per pairing: rel L2 at the prompt end
and over every answer position, and how often the next-token argmax agrees, overall and where the reference's
top two are at least --clear logits apart (elsewhere a rounding difference may pick either).

Run: `python benchmarks/gguf_logit_parity.py [--model default] [--samples 16] [--answer-tokens 64]`; prints one
JSON line per pairing and reference.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import torch

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.calibration.dataset import load_split
from vlmedge.export.gguf.export import export_gguf
from vlmedge.export.gguf.reference import llama_cpp_merger_gelu
from vlmedge.models import load
from vlmedge.runtime.llama_cpp_runtime import LlamaCppRuntime
from vlmedge.runtime.torch_runtime import TorchRuntime

PAIRINGS = (("f16", "f16"), ("f32", "f16"), ("f32", "f32"), ("q8_0", "f16"), ("q4_k_m", "f16"))


def rel_l2_rows(ours: np.ndarray, expected: np.ndarray) -> np.ndarray:
    return np.linalg.norm(ours - expected, axis=1) / np.linalg.norm(expected, axis=1)


def summary(ours: list[np.ndarray], expected: list[np.ndarray], clear: float) -> dict[str, object]:
    errors = [rel_l2_rows(o, e) for o, e in zip(ours, expected, strict=True)]
    agree = np.concatenate([o.argmax(axis=1) == e.argmax(axis=1) for o, e in zip(ours, expected, strict=True)])
    ranked = [np.sort(e, axis=1) for e in expected]
    is_clear = np.concatenate([r[:, -1] - r[:, -2] >= clear for r in ranked])
    every = np.concatenate(errors)
    return {"prompt_rel_l2_median": round(statistics.median(float(e[0]) for e in errors), 5),
            "prompt_rel_l2_max": round(max(float(e[0]) for e in errors), 5),
            "answer_rel_l2_median": round(float(np.median(every)), 5),
            "answer_rel_l2_max": round(float(every.max()), 5),
            "same_argmax": f"{int(agree.sum())}/{agree.size}",
            "same_argmax_clear": f"{int(agree[is_clear].sum())}/{int(is_clear.sum())}"}


def parity_arguments(description: str, threads: int) -> argparse.Namespace:
    """The options every logit-parity benchmark takes (benchmarks/onnx_logit_parity.py too)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--model", default="default")
    parser.add_argument("--samples", type=int, default=16)
    parser.add_argument("--answer-tokens", type=int, default=64)
    parser.add_argument("--clear", type=float, default=0.01, help="top-two logit margin of a clear choice")
    parser.add_argument("--threads", type=int, default=threads)
    return parser.parse_args()


def teacher_forced(args: argparse.Namespace, root: Path) -> tuple[Any, TorchRuntime, list[tuple[dict, list[int]]]]:
    """(the model in fp32, its torch runtime, (eval row, reference answer ids) pairs) on a seed-11 eval set."""
    loaded = load(args.model, dtype=torch.float32)
    reference = TorchRuntime(loaded.model, loaded.processor)
    tokenizer = loaded.processor.tokenizer
    build(BuildConfig(samples=0, eval_samples=args.samples, seed=11, workers=1), root / "set", progress=False)
    rows = load_split(root / "set", "eval", "--eval", args.samples)
    answers = [tokenizer(row["text"], add_special_tokens=False)["input_ids"][:args.answer_tokens] for row in rows]
    return loaded, reference, list(zip(rows, answers, strict=True))


def main() -> None:
    args = parity_arguments(__doc__.splitlines()[0], threads=1)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        loaded, reference, pairs = teacher_forced(args, root)
        rows = [row for row, _ in pairs]
        references = {"stock": [reference.answer_logits(row["image"], ids) for row, ids in pairs]}
        with llama_cpp_merger_gelu(loaded.model):
            references["tanh_gelu"] = [reference.answer_logits(row["image"], ids) for row, ids in pairs]
        for kind, mmproj_kind in PAIRINGS:
            folder = export_gguf(args.model, root / f"{kind}-{mmproj_kind}", kind, mmproj_kind, threads=args.threads)
            runtime = LlamaCppRuntime(folder, threads=args.threads, warmup=False)
            ours = [runtime.answer_logits(row["image"], ids) for row, ids in pairs]
            runtime.close()
            for name, expected in references.items():
                print(json.dumps({"model": args.model, "type": kind, "mmproj_type": mmproj_kind, "reference": name,
                                  "samples": len(rows), **summary(ours, expected, args.clear)}), flush=True)


if __name__ == "__main__":
    main()
