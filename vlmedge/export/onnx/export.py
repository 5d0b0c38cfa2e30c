"""`vlmedge export onnx`: a Qwen2-VL or Qwen2.5-VL model folder -> vision.onnx, decoder.onnx (quantized as asked),
embed_tokens.npy, the checkpoint's processor files and manifest.json; checked against transformers before the
folder is finished (prompt-end logits of one screenshot)."""

from __future__ import annotations

import gc
import json
import shutil
import time
from pathlib import Path

import numpy as np

from vlmedge.errors import VlmedgeError
from vlmedge.export.onnx.quantize import check, quantize_graph
from vlmedge.stage import StageRecord, peak_rss_mb, prepare_output_dir, sha256_file, stage_output

SUPPORTED = ("qwen2_vl", "qwen2_5_vl")
PROCESSOR_FILES = ("config.json", "generation_config.json", "preprocessor_config.json", "processor_config.json",
                   "tokenizer.json", "tokenizer_config.json", "chat_template.jinja", "chat_template.json")


def _example_image(folder: Path) -> object:
    """A screenshot as the model takes it: the example the graphs are traced with, and the parity check's input."""
    from vlmedge.calibration.render import sample_screenshot
    from vlmedge.screenshots import line_grid

    processor = json.loads((folder / "preprocessor_config.json").read_text())
    image = sample_screenshot(448)
    return line_grid.model_input(image, 2048) if processor.get(line_grid.LINE_GRID_FLAG) else image


def export_onnx(model: str, out: Path, quant: str = "fp32", block_size: int = 32, overwrite: bool = False,
                vision_quant: str = "fp32") -> Path:
    import torch

    from vlmedge.export.onnx.graphs import export_decoder, export_vision
    from vlmedge.models.loading import model_type_of, resolve
    from vlmedge.runtime import onnx_inputs

    check(quant, block_size)
    check(vision_quant, block_size, "--vision-quant")
    prepare_output_dir(Path(out), overwrite)
    folder = resolve(model)
    model_type = model_type_of(folder)
    if model_type == "qwen3_vl":
        raise VlmedgeError("Qwen3-VL has no ONNX export yet: its decoder takes deepstack visual features at early "
                           "layers and its vision tower interpolates learned position embeddings, which these graphs "
                           f"do not carry; supported are {', '.join(SUPPORTED)} (Qwen3-VL exports to GGUF)")
    config = json.loads((folder / "config.json").read_text())
    if config.get("quantization_config"):
        raise VlmedgeError(f"{folder} is already quantized ({config['quantization_config'].get('quant_method')}): "
                           "export the full-precision model; --quant quantizes it here")
    from vlmedge.models import load

    loaded = load(str(folder), dtype=torch.float32)
    spec = onnx_inputs.ImageSpec.read(folder)
    image = _example_image(folder)
    pixels, grid = onnx_inputs.patchify(image, spec)  # type: ignore[arg-type]
    example = {"pixel_values": torch.from_numpy(pixels),
               "position_ids": torch.from_numpy(onnx_inputs.vision_position_ids(grid, spec.merge)),
               "cu_seqlens": torch.from_numpy(onnx_inputs.cu_seqlens(grid))}
    if model_type == "qwen2_5_vl":
        window_size = loaded.model.config.vision_config.window_size
        window_index, windows = onnx_inputs.window_inputs(grid, spec.merge, window_size, spec.patch)
        example.update(window_index=torch.from_numpy(window_index), cu_window_seqlens=torch.from_numpy(windows))
    weights = sorted(folder.glob("*.safetensors"))
    record = StageRecord("export-onnx", parameters={"model": model, "quant": quant, "vision_quant": vision_quant,
                                                     "block_size": block_size},
                         inputs={"model": str(folder), "model_type": model_type,
                                 "weights_sha256": {w.name: sha256_file(w) for w in weights}})
    began = time.perf_counter()
    with stage_output(Path(out), record, overwrite=overwrite) as staging:
        full = staging / "fp32"  # full-precision graphs, read by onnxruntime's quantizer where asked
        full.mkdir()
        export_vision(loaded.model, model_type, example, full / "vision.onnx")
        del loaded.model.model.visual  # its weights (2.7 GB at the 2B shape) are not needed for the decoder's export
        gc.collect()
        export_decoder(loaded.model, full / "decoder.onnx")
        embed = loaded.model.model.language_model.embed_tokens.weight.detach().numpy()
        np.save(staging / "embed_tokens.npy", embed if quant == "fp32" else embed.astype(np.float16))
        # The torch weights go before the quantizer loads a graph: at the 2B shape both together (9 + 6 GB, and the
        # quantized copy) came within 1 GB of 24 GB. The parity check loads them again.
        del loaded, embed
        gc.collect()
        converted = {}
        for graph, kind in (("vision", vision_quant), ("decoder", quant)):
            if kind == "fp32":
                for path in full.glob(f"{graph}.onnx*"):
                    path.rename(staging / path.name)
            else:
                converted[graph] = quantize_graph(full / f"{graph}.onnx", staging / f"{graph}.onnx", kind, block_size)
        shutil.rmtree(full)
        for name in PROCESSOR_FILES:
            if (folder / name).is_file():
                shutil.copy2(folder / name, staging / name)
        for path in staging.iterdir():
            path.chmod(0o644)  # the quantizer writes its external data 0600
        parity = _parity(load(str(folder), dtype=torch.float32), staging, image)
        record.results = {
            "graphs": {name: round(sum(p.stat().st_size for p in staging.glob(f"{name}*")) / 2**20, 2)
                       for name in ("vision.onnx", "decoder.onnx", "embed_tokens.npy")},
            "total_mb": round(sum(p.stat().st_size for p in staging.iterdir()) / 2**20, 2),
            "decoder_ops": converted.get("decoder", {}), "vision_ops": converted.get("vision", {}),
            "parity": parity, "export_s": round(time.perf_counter() - began, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1)}
    return Path(out)


def _parity(loaded: object, folder: Path, image: object) -> dict[str, float]:
    """Prompt-end logits of the export against transformers on the example screenshot."""
    from vlmedge.runtime.onnx_runtime import OnnxRuntime
    from vlmedge.runtime.torch_runtime import TorchRuntime

    ours = OnnxRuntime(folder, threads=0).prompt_logits(image)  # type: ignore[arg-type]
    reference = TorchRuntime(loaded.model, loaded.processor).prompt_logits(image)  # type: ignore[attr-defined]
    return {"prompt_logits_rel_l2": float(np.linalg.norm(ours - reference) / np.linalg.norm(reference)),
            "same_next_token": bool(ours.argmax() == reference.argmax())}
