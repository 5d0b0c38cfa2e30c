"""Logit parity of ONNX exports with transformers fp32, per weight type, teacher-forced along each eval screenshot's
reference text (as benchmarks/gguf_logit_parity.py does for GGUF): rel L2 at the prompt end and over every answer
position, and how often the next-token argmax agrees, overall and where the reference's top two are at least
--clear logits apart.

Run: `python benchmarks/onnx_logit_parity.py [--model default] [--samples 16] [--answer-tokens 64]`; prints one
JSON line per export.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from gguf_logit_parity import parity_arguments, summary, teacher_forced  # this folder is on sys.path

from vlmedge.export.onnx.export import export_onnx
from vlmedge.runtime.onnx_runtime import OnnxRuntime

EXPORTS = (("fp32", "fp32"), ("fp16", "fp32"), ("int8", "fp32"), ("int4", "fp32"), ("int4", "int8"))  # decoder, vision


def main() -> None:
    args = parity_arguments(__doc__.splitlines()[0], threads=0)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        _, reference, pairs = teacher_forced(args, root)
        expected = [reference.answer_logits(row["image"], ids) for row, ids in pairs]
        for quant, vision_quant in EXPORTS:
            folder = export_onnx(args.model, root / f"{quant}-{vision_quant}", quant, overwrite=True,
                                 vision_quant=vision_quant)
            runtime = OnnxRuntime(folder, threads=args.threads)
            ours = [runtime.answer_logits(row["image"], ids) for row, ids in pairs]
            print(json.dumps({"model": args.model, "quant": quant, "vision_quant": vision_quant,
                              "samples": len(pairs), **summary(ours, expected, args.clear)}), flush=True)


if __name__ == "__main__":
    main()
