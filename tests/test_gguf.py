"""GGUF converter: what it writes, read back with the gguf package's own reader.

(Loading the files in llama.cpp and checking parity against transformers comes with the llama.cpp runtime.)
"""

from __future__ import annotations

import json
from pathlib import Path

import gguf
import numpy as np
import pytest
from safetensors import safe_open

from vlmedge.errors import VlmedgeError
from vlmedge.export.gguf.checkpoint import open_checkpoint
from vlmedge.export.gguf.mmproj import write_mmproj
from vlmedge.export.gguf.text import write_text_gguf
from vlmedge.models.loading import resolve


def field(reader: gguf.GGUFReader, key: str):  # type: ignore[no-untyped-def]
    return reader.fields[key].contents()


@pytest.fixture(scope="module")
def default_checkpoint():  # type: ignore[no-untyped-def]
    return open_checkpoint(resolve("default"))


def test_text_gguf_of_default(default_checkpoint, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = write_text_gguf(default_checkpoint, tmp_path / "text.gguf")
    reader = gguf.GGUFReader(str(out))
    text = default_checkpoint.text
    assert field(reader, "general.architecture") == "qwen2vl"
    assert field(reader, "qwen2vl.block_count") == text.num_hidden_layers
    assert field(reader, "qwen2vl.rope.dimension_sections") == [8, 12, 12, 0]
    assert field(reader, "tokenizer.ggml.pre") == "qwen2"
    tokens = field(reader, "tokenizer.ggml.tokens")
    assert len(tokens) == text.vocab_size
    vocab = json.loads((default_checkpoint.folder / "tokenizer.json").read_text())
    assert all(tokens[i] == t for t, i in vocab["model"]["vocab"].items())
    assert tokens[field(reader, "tokenizer.ggml.eos_token_id")] == "<|im_end|>"
    types = field(reader, "tokenizer.ggml.token_type")
    assert types[tokens.index("<|image_pad|>")] == gguf.TokenType.CONTROL
    names = {t.name: t for t in reader.tensors}
    assert "output.weight" not in names  # tied embeddings: llama.cpp reuses token_embd
    assert len(names) == 2 + 12 * text.num_hidden_layers  # embed + final norm, 12 tensors per block
    with safe_open(str(default_checkpoint.folder / "model.safetensors"), "pt") as handle:
        expected = handle.get_tensor("model.layers.1.self_attn.q_proj.weight").float().numpy()
    stored = names["blk.1.attn_q.weight"]
    assert stored.tensor_type == gguf.GGMLQuantizationType.F16
    assert np.allclose(np.asarray(stored.data, np.float32).reshape(expected.shape), expected, atol=1e-3)
    assert names["blk.1.attn_norm.weight"].tensor_type == gguf.GGMLQuantizationType.F32


@pytest.mark.parametrize("kind", ["f16", "q8_0", "f32"])
def test_mmproj_of_default(default_checkpoint, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    out = write_mmproj(default_checkpoint, tmp_path / f"mmproj-{kind}.gguf", kind)
    reader = gguf.GGUFReader(str(out))
    vision = default_checkpoint.vision
    assert field(reader, "clip.projector_type") == "qwen2vl_merger"
    assert field(reader, "clip.vision.block_count") == vision.depth
    # The default model reads line-grid screenshots a row at a time: llama.cpp runtimes learn it from here.
    assert field(reader, "vlmedge.line_grid") and field(reader, "vlmedge.line_rows")
    names = {t.name: t for t in reader.tensors}
    with safe_open(str(default_checkpoint.folder / "model.safetensors"), "pt") as handle:
        qkv = handle.get_tensor("visual.blocks.0.attn.qkv.weight").float().numpy()
        patch = handle.get_tensor("visual.patch_embed.proj.weight").float().numpy()
    q, k, v = np.split(qkv, 3)
    assert {f"v.blk.0.attn_{p}.weight" for p in "qkv"} <= set(names)
    assert "v.patch_embd.weight" in names and "v.patch_embd.weight.1" in names
    kernel = np.asarray(names["v.patch_embd.weight.1"].data, np.float32).reshape(patch[:, :, 1].shape)
    assert np.allclose(kernel, patch[:, :, 1], atol=1e-3)
    stored_k = names["v.blk.0.attn_k.weight"]
    if kind == "f32":  # exact: the reference for telling conversion bugs from llama.cpp's own rounding
        assert stored_k.tensor_type == gguf.GGMLQuantizationType.F32
        assert np.array_equal(np.asarray(stored_k.data).reshape(k.shape), k)
    elif kind == "f16":
        assert np.allclose(np.asarray(stored_k.data, np.float32).reshape(k.shape), k, atol=1e-3)
    else:
        assert stored_k.tensor_type == gguf.GGMLQuantizationType.Q8_0
        restored = gguf.quants.dequantize(stored_k.data, gguf.GGMLQuantizationType.Q8_0).reshape(k.shape)
        assert np.abs(restored - k).max() <= np.abs(k).max() / 100  # 8-bit blocks of 32


def test_converter_rejects_what_it_cannot_write(tmp_path: Path) -> None:
    folder = tmp_path / "llama"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "llama", "architectures": ["LlamaForCausalLM"]}))
    with pytest.raises(VlmedgeError, match="does not support architecture 'llama'.*supported are qwen2_vl"):
        open_checkpoint(folder)
    with pytest.raises(VlmedgeError, match="has no config.json"):
        open_checkpoint(tmp_path / "missing")
