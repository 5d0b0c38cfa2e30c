"""Quantization with the real llm-compressor: three methods on three architectures, manifest, bad inputs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from tiny import save_qwen2_vl, save_tiny
from transformers import Qwen2VLForConditionalGeneration

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.errors import VlmedgeError
from vlmedge.models import load
from vlmedge.models.processor import save_processor
from vlmedge.models.tokenizer import train_tokenizer
from vlmedge.quantize.methods import METHODS
from vlmedge.quantize.run import fix_saved_ignore_list, quantize
from vlmedge.runtime.torch_runtime import TorchRuntime
from vlmedge.stage import sha256_file
from vlmedge.training.train import tokenizer_corpus


@pytest.fixture(scope="module")
def tokenizer():  # type: ignore[no-untyped-def]
    return train_tokenizer(tokenizer_corpus(120, seed=3), vocab_size=512)


@pytest.fixture(scope="module")
def calib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("calib") / "set"
    build(BuildConfig(samples=6, eval_samples=2, seed=2, max_pixels=96 * 28 * 28, max_lines=8, workers=1), out,
          progress=False)
    return out


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory, tokenizer) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("models")
    return {"qwen2_vl": save_qwen2_vl(root / "qwen2_vl", tokenizer),
            "qwen2_5_vl": save_tiny(root / "qwen2_5_vl", "qwen2_5_vl", tokenizer),
            "qwen3_vl": save_tiny(root / "qwen3_vl", "qwen3_vl", tokenizer)}


@pytest.mark.parametrize("family", ["qwen2_vl", "qwen2_5_vl", "qwen3_vl"])
@pytest.mark.parametrize("method", sorted(m for m, spec in METHODS.items() if spec.backend == "llm-compressor"))
def test_method_on_architecture(tmp_path: Path, models, calib: Path, family: str, method: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "q"
    results = quantize(method, out, model=str(models[family]), calib=calib, samples=4)
    assert results["quantized_linear_layers"] > 0
    config = json.loads((out / "config.json").read_text())["quantization_config"]
    assert config["quant_method"] == "compressed-tensors"
    bits = {g["weights"]["num_bits"] for g in config["config_groups"].values()}
    assert bits == ({8} if method == "int8" else {4})
    assert all(p.startswith("re:") for p in config["ignore"])
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["parameters"]["method"] == method
    assert manifest["inputs"]["calibration_samples"] == 4 and manifest["inputs"]["calibration_fingerprint"]
    assert manifest["results"]["weights_bytes"] < manifest["results"]["source_weights_bytes"]
    for entry in manifest["files"]:
        assert sha256_file(out / entry["path"]) == entry["sha256"]
    loaded = load(out)
    assert loaded.model_type == family
    layer = loaded.model.model.language_model.layers[0].mlp.down_proj
    assert ("dynamic" in type(layer).__module__) == (method == "int8")  # int8 runs fbgemm dynamic int8 on CPU
    if method == "int8":  # the weights run are the saved ones: int8 per output channel, each row its own scale
        from safetensors import safe_open

        with safe_open(str(next(out.glob("*.safetensors"))), "pt") as saved:
            name = next(k for k in saved.keys() if k.endswith("layers.0.mlp.down_proj.weight") and "visual" not in k)
            scale = saved.get_tensor(name + "_scale").float()
            expected = saved.get_tensor(name).float() * scale
        error = (layer.weight().dequantize() - expected).abs()
        # Re-packed per channel, each weight stays within about half a step of its row's saved scale (torch's
        # observer divides by 127.5, compressed-tensors' by 127); one scale for the whole matrix (the old config)
        # moved the rows with small scales by most of a step.
        assert (error <= 0.6 * scale).all(), float((error / scale).max())
    vision_linear = next(m for n, m in loaded.model.named_modules() if ".visual." in n and
                         isinstance(m, torch.nn.Linear))
    assert type(vision_linear) is torch.nn.Linear  # the vision tower stays full precision by default
    image = __import__("datasets").load_from_disk(str(calib))["eval"][0]["image"]
    assert isinstance(TorchRuntime(loaded.model, loaded.processor, max_new_tokens=3).transcribe([image])[0].text, str)


def test_int8_variant_of_an_fp16_model_runs_on_cpu(tmp_path: Path, tokenizer, calib: Path) -> None:  # type: ignore[no-untyped-def]
    # The shipped default is fp16: its variants keep fp16 for unquantized parts and must still run.
    source = save_qwen2_vl(tmp_path / "fp32", tokenizer)
    half = tmp_path / "fp16"
    Qwen2VLForConditionalGeneration.from_pretrained(str(source), dtype=torch.float16).save_pretrained(str(half))
    save_processor(load(source).processor, half)
    quantize("int8", tmp_path / "q", model=str(half), calib=calib, samples=2)
    assert json.loads((tmp_path / "q" / "config.json").read_text())["dtype"] == "float16"
    loaded = load(tmp_path / "q")
    image = __import__("datasets").load_from_disk(str(calib))["eval"][0]["image"]
    assert isinstance(TorchRuntime(loaded.model, loaded.processor, max_new_tokens=3).transcribe([image])[0].text, str)


def test_quantize_vision_quantizes_more_layers(tmp_path: Path, models, calib: Path) -> None:  # type: ignore[no-untyped-def]
    plain = quantize("gptq", tmp_path / "a", model=str(models["qwen2_vl"]), calib=calib, samples=2)
    vision = quantize("gptq", tmp_path / "b", model=str(models["qwen2_vl"]), calib=calib, samples=2,
                      quantize_vision=True)
    assert vision["quantized_linear_layers"] > plain["quantized_linear_layers"]
    assert not any("visual" in p for p in vision["ignore"])


def test_ignore_list_fix_matches_both_naming_schemes(tmp_path: Path) -> None:
    from compressed_tensors.utils import match_name

    (tmp_path / "config.json").write_text(json.dumps({"quantization_config": {"ignore": ["visual.blocks.0.attn.qkv"]}}))
    fixed = fix_saved_ignore_list(tmp_path, ["visual.blocks.0.attn.qkv", "re:.*lm_head"])
    assert json.loads((tmp_path / "config.json").read_text())["quantization_config"]["ignore"] == fixed
    for name in ("visual.blocks.0.attn.qkv", "model.visual.blocks.0.attn.qkv"):
        assert any(match_name(name, p) for p in fixed)
    assert not any(match_name("model.visual.blocks.0.attn.qkv_extra", p) for p in fixed)


def test_bad_inputs(tmp_path: Path, models, calib: Path, tokenizer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(VlmedgeError, match="choose one of int8, gptq, awq"):
        quantize("nf4", tmp_path / "o", model=str(models["qwen2_vl"]), calib=calib)
    with pytest.raises(VlmedgeError, match="does not exist"):
        quantize("gptq", tmp_path / "o", model=str(tmp_path / "missing"), calib=calib)
    (tmp_path / "llama").mkdir()
    (tmp_path / "llama" / "config.json").write_text(json.dumps({"model_type": "llama"}))
    with pytest.raises(VlmedgeError, match="not a Qwen2-VL-family one"):
        quantize("gptq", tmp_path / "o", model=str(tmp_path / "llama"), calib=calib)
    odd = save_qwen2_vl(tmp_path / "odd", tokenizer, intermediate=320)
    with pytest.raises(VlmedgeError, match=r"layer model\.language_model\.layers\.0\.mlp\.down_proj has input width "
                                           r"320, not a multiple of the group size 128"):
        quantize("gptq", tmp_path / "o", model=str(odd), calib=calib)
    # Recipes are checked against llm-compressor's own modifier schemas before any model loads.
    typo = tmp_path / "typo.yaml"
    typo.write_text("quant_stage:\n  quant_modifiers:\n    GPTQModifier: {targtes: [Linear], scheme: W4A16}\n")
    with pytest.raises(VlmedgeError, match=r"typo\.yaml: GPTQModifier: targtes is not a key here"):
        quantize("gptq", tmp_path / "o", model=str(tmp_path / "missing"), calib=calib, recipe_path=typo)
    typo.write_text("quant_stage:\n  quant_modifiers:\n    GPTQModifer: {targets: [Linear], scheme: W4A16}\n")
    with pytest.raises(VlmedgeError, match="No modifier of type 'GPTQModifer' found"):
        quantize("gptq", tmp_path / "o", model=str(tmp_path / "missing"), calib=calib, recipe_path=typo)
    assert not (tmp_path / "o").exists()
    with pytest.warns(UserWarning, match="calibrating on only 6 samples"):
        quantize("gptq", tmp_path / "few", model=str(models["qwen2_vl"]), calib=calib, samples=50)


def test_killed_quantize_leaves_nothing(tmp_path: Path, models, calib: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "q"
    proc = subprocess.Popen([sys.executable, "-m", "vlmedge.cli", "quantize", "--method", "awq", "--model",
                             str(models["qwen2_vl"]), "--calib", str(calib), "--samples", "6", "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while not list(tmp_path.glob(".partial-q-*")) and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    # Frozen, the run is provably mid-way when its partial folder is there and the finished one is not; the
    # SIGTERM then lands while it works, never after it finished.
    os.kill(proc.pid, signal.SIGSTOP)
    mid_way = bool(list(tmp_path.glob(".partial-q-*"))) and not out.exists()
    if mid_way:
        os.kill(proc.pid, signal.SIGTERM)
    os.kill(proc.pid, signal.SIGCONT)
    proc.wait(timeout=120)
    assert mid_way, f"the run was never caught mid-way (exit {proc.returncode}): {proc.stderr.read()[-500:]!r}"
    assert proc.returncode != 0 and not out.exists() and not list(tmp_path.glob(".partial-*"))
