"""ONNX exports read by onnxruntime, against transformers: the numpy inputs, tiny random Qwen2-VL and Qwen2.5-VL
models token for token, the default model's transcriptions, quantized variants, bad input, and a runtime that
needs no torch."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from light import install_modules, light_python
from tiny import save_qwen2_vl, save_tiny

from vlmedge.calibration.render import sample_screenshot
from vlmedge.errors import VlmedgeError
from vlmedge.export.onnx.export import export_onnx
from vlmedge.models import load
from vlmedge.models.tokenizer import train_tokenizer
from vlmedge.runtime import onnx_inputs
from vlmedge.runtime.onnx_runtime import OnnxRuntime
from vlmedge.runtime.torch_runtime import TorchRuntime
from vlmedge.screenshots import line_grid
from vlmedge.training.train import tokenizer_corpus


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vlmedge.cli", *args], capture_output=True, text=True, timeout=900,
                          cwd=cwd)


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tokenizer = train_tokenizer(tokenizer_corpus(120, seed=3), vocab_size=512)
    root = tmp_path_factory.mktemp("models")
    return {"qwen2_vl": save_qwen2_vl(root / "qwen2_vl", tokenizer),
            "qwen2_5_vl": save_tiny(root / "qwen2_5_vl", "qwen2_5_vl", tokenizer),
            "qwen3_vl": save_tiny(root / "qwen3_vl", "qwen3_vl", tokenizer)}


@pytest.fixture(scope="module")
def default_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_onnx("default", tmp_path_factory.mktemp("onnx") / "fp32", "fp32")


@pytest.mark.parametrize("family", ["qwen2_vl", "qwen2_5_vl"])
def test_numpy_inputs_are_the_processors_and_the_models(models: dict[str, Path], family: str) -> None:
    from transformers.vision_utils import get_vision_position_ids, get_vision_window_index

    loaded = load(str(models[family]))
    spec = onnx_inputs.ImageSpec.read(models[family])
    for width in (200, 448, 700):
        image = sample_screenshot(width)
        expected = loaded.processor(text=[TorchRuntime(loaded.model, loaded.processor).prompt], images=[image],
                                    return_tensors="pt")
        pixels, grid = onnx_inputs.patchify(image, spec)
        assert grid == tuple(expected["image_grid_thw"][0].tolist())
        assert np.abs(pixels - expected["pixel_values"].numpy()).max() < 1e-5
        thw = expected["image_grid_thw"]
        assert np.array_equal(onnx_inputs.vision_position_ids(grid, spec.merge),
                              get_vision_position_ids(thw, spec.merge).numpy())
        if family == "qwen2_5_vl":
            window_size = loaded.model.config.vision_config.window_size
            index, windows = get_vision_window_index(thw, spec.merge, window_size, spec.patch)
            ours = onnx_inputs.window_inputs(grid, spec.merge, window_size, spec.patch)
            assert np.array_equal(ours[0], index.numpy()) and np.array_equal(ours[1], windows.numpy())
        positions, _ = loaded.model.model.get_rope_index(expected["input_ids"], expected["mm_token_type_ids"], thw)
        ours, _ = onnx_inputs.rope_index(expected["input_ids"][0].numpy(), [grid], loaded.model.config.image_token_id,
                                         spec.merge)
        assert np.array_equal(ours, positions[:, 0].numpy())


@pytest.mark.parametrize("family", ["qwen2_vl", "qwen2_5_vl"])
def test_tiny_exports_match_transformers_token_for_token(models: dict[str, Path], family: str,
                                                          tmp_path: Path) -> None:
    folder = export_onnx(str(models[family]), tmp_path / "fp32", "fp32")
    parity = json.loads((folder / "manifest.json").read_text())["results"]["parity"]
    assert parity["prompt_logits_rel_l2"] < 1e-4 and parity["same_next_token"]
    loaded = load(str(models[family]))
    reference, ours = TorchRuntime(loaded.model, loaded.processor), OnnxRuntime(folder, max_new_tokens=24)
    image = sample_screenshot(300)
    answer = loaded.processor.tokenizer("def main():\n    return 42\n", add_special_tokens=False)["input_ids"]
    expected, got = reference.answer_logits(image, answer), ours.answer_logits(image, answer)
    assert got.shape == expected.shape
    assert np.linalg.norm(got - expected) / np.linalg.norm(expected) < 1e-4
    assert (got.argmax(-1) == expected.argmax(-1)).all()
    reference.max_new_tokens = 24
    assert ours.transcribe([image])[0].text == reference.transcribe([image])[0].text  # greedy, 24 random tokens
    made = cli("quantize", "--method", "onnx", "--model", str(models[family]), "--out", str(tmp_path / "int4"))
    assert made.returncode == 0, made.stderr
    int4 = tmp_path / "int4"  # `vlmedge quantize --method onnx`: int4 by default
    results = json.loads((int4 / "manifest.json").read_text())["results"]
    assert results["decoder_ops"]["MatMulNBits"] >= 7 and results["total_mb"] < \
        json.loads((folder / "manifest.json").read_text())["results"]["total_mb"]
    assert OnnxRuntime(int4, max_new_tokens=4).transcribe([image])[0].timings["image_tokens"] > 0
    # Vision weights quantized too (the Gemms the exporter writes for 2-D Linears become MatMulNBits).
    both = export_onnx(str(models[family]), tmp_path / "int8", "int8", vision_quant="int8")
    results = json.loads((both / "manifest.json").read_text())["results"]
    assert results["vision_ops"]["MatMulNBits"] >= 4 and "Gemm" not in results["vision_ops"]
    assert results["parity"]["prompt_logits_rel_l2"] < 0.05 and results["parity"]["same_next_token"]


def test_the_default_model_reads_as_in_torch(default_export: Path, tmp_path: Path) -> None:
    images = [sample_screenshot(448), sample_screenshot(320)]
    for index, image in enumerate(images):
        image.save(tmp_path / f"{index}.png")
    read = cli("transcribe", "--model", str(default_export), *(str(tmp_path / f"{i}.png") for i in range(2)))
    assert read.returncode == 0, read.stderr
    texts = [json.loads(line)["text"] for line in read.stdout.splitlines()]
    loaded = load("default")
    assert texts == [result.text for result in TorchRuntime(loaded.model, loaded.processor).transcribe(images)]
    runtime = OnnxRuntime(default_export)
    reference = TorchRuntime(loaded.model, loaded.processor)
    grid_image = line_grid.model_input(images[0], 2048)
    assert np.linalg.norm(runtime.prompt_logits(grid_image) - reference.prompt_logits(grid_image)) / \
        np.linalg.norm(reference.prompt_logits(grid_image)) < 1e-4


def test_rows_decode_as_one_batch_as_one_by_one(default_export: Path) -> None:
    """The decoder takes a batch: a screenshot's rows and chunks, prefilled alone and decoded side by side with
    left-padded caches, give the text each gives alone (fp32: the padding is masked, not approximated)."""
    from vlmedge.screenshots import line_rows

    runtime = OnnxRuntime(default_export)
    assert runtime.batched and runtime.chunk_rows
    pieces = [piece for px in (448, 320)
              for piece in line_rows.plan(sample_screenshot(px), runtime.chunk_rows).pieces()]
    alone = [runtime._read(piece, normalize=False) for piece in pieces]
    together = runtime._read_together(pieces, normalize=False)
    assert len(pieces) >= 6
    assert [part.text for part in together] == [part.text for part in alone]
    assert [part.timings["new_tokens"] for part in together] == [part.timings["new_tokens"] for part in alone]


def test_an_onnx_export_runs_without_torch(default_export: Path, tmp_path: Path) -> None:
    sample_screenshot(448).save(tmp_path / "shot.png")
    allowed = install_modules("onnx")
    assert "torch" not in allowed and "transformers" not in allowed
    light = light_python(f"sys.argv = ['vlmedge', 'transcribe', '--model', {str(default_export)!r}, 'shot.png']\n"
                         "from vlmedge.cli import main\nmain()", tmp_path, allowed)
    full = cli("transcribe", "--model", str(default_export), str(tmp_path / "shot.png"))
    assert light.returncode == 0, light.stderr[-2000:]
    assert json.loads(light.stdout)["text"] == json.loads(full.stdout)["text"]


def test_bad_input_is_one_line(models: dict[str, Path], default_export: Path, tmp_path: Path) -> None:
    with pytest.raises(VlmedgeError, match="Qwen3-VL has no ONNX export yet: its decoder takes deepstack"):
        export_onnx(str(models["qwen3_vl"]), tmp_path / "q3")
    quantized = tmp_path / "quantized"
    shutil.copytree(models["qwen2_vl"], quantized)
    config = json.loads((quantized / "config.json").read_text())
    (quantized / "config.json").write_text(json.dumps({**config, "quantization_config": {
        "quant_method": "compressed-tensors"}}))
    with pytest.raises(VlmedgeError, match="is already quantized \\(compressed-tensors\\): export the full-precision"):
        export_onnx(str(quantized), tmp_path / "q")
    for args, message in ((["--quant", "int3"], "--quant int3: use one of fp32, fp16, int8, int4"),
                          (["--quant", "int4", "--block-size", "48"], "--block-size 48: use one of 16, 32")):
        refused = cli("export", "onnx", "--model", str(models["qwen2_vl"]), "--out", str(tmp_path / "x"), *args)
        assert refused.returncode == 2 and message in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert not (tmp_path / "x").exists() and not (tmp_path / "q3").exists() and not (tmp_path / "q").exists()
    broken = tmp_path / "broken"
    shutil.copytree(default_export, broken)
    (broken / "decoder.onnx").write_bytes((broken / "decoder.onnx").read_bytes()[:300])
    sample_screenshot(300).save(tmp_path / "shot.png")
    truncated = cli("transcribe", "--model", str(broken), str(tmp_path / "shot.png"))
    assert truncated.returncode == 2 and f"{broken / 'decoder.onnx'} is not a readable ONNX graph" in truncated.stderr
    (broken / "vision.onnx").unlink()
    missing = cli("transcribe", "--model", str(broken), str(tmp_path / "shot.png"))
    assert missing.returncode == 2 and "is not a complete ONNX export (no vision.onnx)" in missing.stderr
    assert torch.__version__  # the exports above ran in this process's torch


def test_an_onnx_bundle_measures_packs_and_its_readme_runs(default_export: Path, tmp_path: Path) -> None:
    import re
    import tarfile

    from vlmedge.stage import sha256_file

    out = tmp_path / "edge.tar"
    made = cli("export", "bundle", "--variant", str(default_export), "--target", "edge-4gb", "--out", str(out))
    assert made.returncode == 0, made.stderr
    with tarfile.open(out) as archive:
        archive.extractall(tmp_path, filter="data")
    unpacked = tmp_path / "edge"
    manifest = json.loads((unpacked / "manifest.json").read_text())
    assert manifest["runtime"] == "onnxruntime" and manifest["measured"]["new_tokens"] == 64
    assert 0 < manifest["measured"]["peak_rss_mb"] <= manifest["target"]["max_peak_rss_mb"]
    assert all(sha256_file(unpacked / entry["path"]) == entry["sha256"] for entry in manifest["files"])
    # The README's own lines, run where the bundle was unpacked, as a light client (no torch, no transformers).
    command = re.search(r'python -c "(.*?)"', (unpacked / "README.md").read_text(), re.S).group(1)
    sample_screenshot(448).save(tmp_path / "shot.png")
    one_line = re.sub(r"\\\n\s*", "", command)  # the shell's line continuation
    light = light_python(one_line.replace("; ", "\n"), tmp_path, install_modules("onnx"))
    assert light.returncode == 0, light.stderr[-2000:]
    from PIL import Image

    expected = OnnxRuntime(default_export, threads=2).transcribe([Image.open(tmp_path / "shot.png")])[0].text
    assert light.stdout.rstrip("\n") == expected != ""
