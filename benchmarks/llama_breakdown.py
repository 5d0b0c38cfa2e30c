"""Where vlmedge's llama.cpp runtime spends a screenshot's time: cutting the rows (`line_rows.plan`, deskew and
line grid), preparing each piece's prompt (bitmap and mtmd tokenize), the clip encoder, decoding the image
embeddings into the text model, and the text batches (prompt text and every generated position).

Each stage's function is wrapped with a timer while a GGUF variant reads eval screenshots as the model asks (one
warm-up screenshot first); prints the median per screenshot of each stage and of the whole, e.g. after `make demo`:

    python benchmarks/llama_breakdown.py --variant runs/quant-gguf --eval runs/calib --limit 16 --repeats 2
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

from vlmedge.calibration.dataset import load_split
from vlmedge.runtime import llama_batch, llama_cpp_runtime, rows

STAGES = ("plan", "prompt", "encode", "image embeddings -> text model", "text batches")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", type=Path, default=Path("runs/quant-gguf"), help="a GGUF variant folder")
    parser.add_argument("--eval", type=Path, default=Path("runs/calib"), help="a vlmedge calibrate folder")
    parser.add_argument("--limit", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()

    split = load_split(args.eval, "eval", "--eval", args.limit)
    runtime = llama_cpp_runtime.LlamaCppRuntime(args.variant, threads=args.threads)
    seconds: dict[str, list[float]] = defaultdict(list)

    def timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*arguments: Any, **options: Any) -> Any:
            began = time.perf_counter()
            try:
                return function(*arguments, **options)
            finally:
                seconds[stage][-1] += time.perf_counter() - began
        return run

    mtmd = runtime._mtmd
    runtime._prompt = timed("prompt", runtime._prompt)
    mtmd.mtmd_encode_chunk = timed("encode", mtmd.mtmd_encode_chunk)
    # Image embeddings go into the text model in one batch (Qwen2-VL), or one mtmd helper call per image.
    llama_cpp_runtime.decode_image_embeddings = timed("image embeddings -> text model",
                                                      llama_cpp_runtime.decode_image_embeddings)
    mtmd.mtmd_helper_decode_image_chunk = timed("image embeddings -> text model", mtmd.mtmd_helper_decode_image_chunk)
    llama_batch.SequenceBatch.decode = timed("text batches", llama_batch.SequenceBatch.decode)
    rows.line_rows.plan = timed("plan", rows.line_rows.plan)

    whole: list[float] = []
    for index, sample in enumerate([split[0]] + [split[i] for _ in range(args.repeats) for i in range(len(split))]):
        for stage in STAGES:
            seconds[stage].append(0.0)
        began = time.perf_counter()
        runtime.transcribe([sample["image"]])
        if index:  # the first is the warm-up
            whole.append(time.perf_counter() - began)
    reading = {0: "whole", 1: "rows alone"}.get(runtime.chunk_rows, f"rows and chunks of {runtime.chunk_rows}")
    print(f"{args.variant} on {len(split)} screenshots x {args.repeats}, {runtime.threads} threads, read {reading}, "
          f"load {os.getloadavg()[0]:.2f}; median ms per screenshot:\n")
    print("| stage | ms |\n|---|---|")
    for stage in STAGES:
        print(f"| {stage} | {1000 * statistics.median(seconds[stage][1:]):.1f} |")
    print(f"| whole | {1000 * statistics.median(whole):.1f} |")


if __name__ == "__main__":
    main()
