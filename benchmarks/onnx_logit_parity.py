"""Logit parity of ONNX exports with transformers fp32, per weight type, teacher-forced along each eval screenshot's
reference text (as benchmarks/gguf_logit_parity.py does for GGUF): rel L2 at the prompt end and over every answer
position, and how often the next-token argmax agrees, overall and where the reference's top two are at least
--clear logits apart.

Run: `python benchmarks/onnx_logit_parity.py [--model default] [--samples 16] [--answer-tokens 64]`; prints one
JSON line per export.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import torch
from gguf_logit_parity import summary  # the same figures as the GGUF table (this folder is on sys.path)

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.calibration.dataset import load_split
from vlmedge.export.onnx.export import export_onnx
from vlmedge.models import load
from vlmedge.runtime.onnx_runtime import OnnxRuntime
from vlmedge.runtime.torch_runtime import TorchRuntime

EXPORTS = (("fp32", "fp32"), ("fp16", "fp32"), ("int8", "fp32"), ("int4", "fp32"), ("int4", "int8"))  # decoder, vision


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--samples", type=int, default=16)
    parser.add_argument("--answer-tokens", type=int, default=64)
    parser.add_argument("--clear", type=float, default=0.01, help="top-two logit margin of a clear choice")
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()
    loaded = load(args.model, dtype=torch.float32)
    reference = TorchRuntime(loaded.model, loaded.processor)
    tokenizer = loaded.processor.tokenizer
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        build(BuildConfig(samples=0, eval_samples=args.samples, seed=11, workers=1), root / "set", progress=False)
        rows = load_split(root / "set", "eval", "--eval", args.samples)
        answers = [tokenizer(row["text"], add_special_tokens=False)["input_ids"][:args.answer_tokens] for row in rows]
        pairs = list(zip(rows, answers, strict=True))
        expected = [reference.answer_logits(row["image"], ids) for row, ids in pairs]
        for quant, vision_quant in EXPORTS:
            folder = export_onnx(args.model, root / f"{quant}-{vision_quant}", quant, overwrite=True,
                                 vision_quant=vision_quant)
            runtime = OnnxRuntime(folder, threads=args.threads)
            ours = [runtime.answer_logits(row["image"], ids) for row, ids in pairs]
            print(json.dumps({"model": args.model, "quant": quant, "vision_quant": vision_quant,
                              "samples": len(rows), **summary(ours, expected, args.clear)}), flush=True)


if __name__ == "__main__":
    main()
