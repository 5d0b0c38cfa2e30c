"""`vlmedge export gguf`: a model folder -> text GGUF (any llama.cpp type) + mmproj GGUF + manifest.json."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from pathlib import Path

from vlmedge.errors import VlmedgeError
from vlmedge.export.gguf.checkpoint import open_checkpoint
from vlmedge.export.gguf.mmproj import MMPROJ_TYPES, write_mmproj
from vlmedge.export.gguf.quantize import QUANT_TYPES, check_type, quantize_text
from vlmedge.export.gguf.text import write_text_gguf
from vlmedge.runtime.gguf_files import read_gguf
from vlmedge.stage import StageRecord, prepare_output_dir, sha256_file, stage_output

TEXT_NAME = "model-{kind}.gguf"
MMPROJ_NAME = "mmproj-{kind}.gguf"


def export_gguf(model: str, out: Path, kind: str = "q4_k_m", mmproj_kind: str = "f16", threads: int = 0,
                overwrite: bool = False) -> Path:
    from vlmedge.models.loading import resolve

    check_type(kind)
    if mmproj_kind not in MMPROJ_TYPES:
        raise VlmedgeError(f"--mmproj-type {mmproj_kind}: use one of {', '.join(MMPROJ_TYPES)}")
    if kind in QUANT_TYPES:
        from vlmedge.export.gguf.quantize import llama_cpp_module

        llama_cpp_module()  # fail before any work when llama-cpp-python is missing
    prepare_output_dir(Path(out), overwrite)
    folder = resolve(model)
    checkpoint = open_checkpoint(folder)
    weights = sorted(folder.glob("*.safetensors"))
    record = StageRecord("export-gguf", parameters={"model": model, "type": kind, "mmproj_type": mmproj_kind},
                         inputs={"model": str(folder), "model_type": checkpoint.model_type,
                                 "weights_sha256": {w.name: sha256_file(w) for w in weights}})
    with stage_output(Path(out), record, overwrite=overwrite) as staging:
        text = staging / TEXT_NAME.format(kind=kind)
        fallbacks = []
        if kind in QUANT_TYPES:
            base = staging / "base-f16.gguf"
            write_text_gguf(checkpoint, base, "f16")
            fallbacks = quantize_text(base, text, kind, threads)
            base.unlink()
        else:
            write_text_gguf(checkpoint, text, kind)
        mmproj = write_mmproj(checkpoint, staging / MMPROJ_NAME.format(kind=mmproj_kind), mmproj_kind)
        record.results = {
            "text": text.name, "mmproj": mmproj.name, "text_mb": round(text.stat().st_size / 2**20, 2),
            "mmproj_mb": round(mmproj.stat().st_size / 2**20, 2),
            "text_tensor_types": dict(Counter(read_gguf(text).tensor_types.values())),
            "fallbacks": [asdict(f) for f in fallbacks],
        }
    return Path(out)

