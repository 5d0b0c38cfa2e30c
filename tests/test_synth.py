"""`vlmedge synth`: random-weight models of real checkpoints' shapes, labeled as such everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml

from vlmedge.errors import VlmedgeError
from vlmedge.models import load
from vlmedge.models.loading import resolve
from vlmedge.models.processor import load_processor
from vlmedge.models.synth import build_model, read_shape, shape_names, synthesize

# Parameter counts of the released checkpoints (model cards / safetensors index), to 1 %.
RELEASED_PARAMS = {"qwen2-vl-2b": 2.209e9, "qwen2.5-vl-3b": 3.755e9, "qwen3-vl-2b": 2.128e9}


@pytest.mark.parametrize("like", sorted(RELEASED_PARAMS))
def test_shapes_match_released_parameter_counts(like: str) -> None:
    tokenizer = load_processor(resolve("default"), "qwen2_vl").tokenizer
    with torch.device("meta"):  # shapes only: nothing is allocated
        model = build_model(read_shape(like), tokenizer, torch.float32, seed=0)
    params = sum(p.numel() for p in model.parameters())
    assert params == pytest.approx(RELEASED_PARAMS[like], rel=0.01), params
    assert like in shape_names()


def tiny_shape(tmp_path: Path, family: str) -> Path:
    text = {"vocab_size": 8192, "hidden_size": 128, "intermediate_size": 256, "num_hidden_layers": 2,
            "num_attention_heads": 4, "num_key_value_heads": 2,
            "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "mrope_section": [4, 6, 6]}}
    vision = {"depth": 2, "num_heads": 4, "patch_size": 14, "spatial_merge_size": 2, "temporal_patch_size": 2}
    if family == "qwen2_vl":
        vision.update({"embed_dim": 128, "hidden_size": 128, "mlp_ratio": 2})
    else:
        vision.update({"hidden_size": 128, "intermediate_size": 256, "out_hidden_size": 128})
    if family == "qwen3_vl":
        text["head_dim"] = 32
        text["rope_parameters"]["mrope_interleaved"] = True
        vision.update({"patch_size": 16, "num_position_embeddings": 256, "deepstack_visual_indexes": [0]})
    patch = vision["patch_size"]
    path = tmp_path / f"tiny-{family}.yaml"
    path.write_text(yaml.safe_dump({"family": family, "text_config": text, "vision_config": vision,
                                    "image": {"patch_size": patch, "merge_size": 2}}))
    return path


@pytest.mark.parametrize("family", ["qwen2_vl", "qwen2_5_vl", "qwen3_vl"])
def test_synth_folder_loads_and_is_labeled(tmp_path: Path, family: str) -> None:
    out = synthesize(str(tiny_shape(tmp_path, family)), tmp_path / "model", dtype="float32")
    config = json.loads((out / "config.json").read_text())
    assert config["vlmedge_synth"]["weights"] == "random weights"
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["results"]["weights"] == "random weights" and manifest["results"]["family"] == family
    loaded = load(out)
    assert loaded.model_type == family
    assert loaded.model.config.get_text_config().vocab_size == 8192


def test_synth_bad_input(tmp_path: Path) -> None:
    with pytest.raises(VlmedgeError, match="unknown shape; use one of qwen2-vl-2b"):
        synthesize("qwen9-vl-1t", tmp_path / "x")
    result = subprocess.run([sys.executable, "-m", "vlmedge.cli", "synth", "--like", "qwen2-vl-2b", "--dtype", "int3",
                             "--out", str(tmp_path / "y")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "--dtype int3" in result.stderr
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()
