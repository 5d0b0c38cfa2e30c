"""The language model of a Qwen2-VL / Qwen2.5-VL checkpoint as a GGUF llama.cpp loads (arch `qwen2vl`)."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

from vlmedge.errors import VlmedgeError
from vlmedge.export.gguf.checkpoint import Checkpoint
from vlmedge.export.gguf.vocab import add_vocab, read_vocab

# Qwen2-VL and Qwen2.5-VL share llama.cpp's qwen2vl text architecture (Qwen2 blocks with M-RoPE); Qwen3-VL is
# qwen3vl (Qwen3 blocks with q/k norms, interleaved M-RoPE, deepstack vision features added to early layers).
TEXT_ARCH = {"qwen2_vl": gguf.MODEL_ARCH.QWEN2VL, "qwen2_5_vl": gguf.MODEL_ARCH.QWEN2VL,
             "qwen3_vl": gguf.MODEL_ARCH.QWEN3VL}
BASE_TYPES = {"f16": (np.float16, gguf.LlamaFileType.MOSTLY_F16), "f32": (np.float32, gguf.LlamaFileType.ALL_F32)}


def chat_template(folder: Path) -> str | None:
    """The checkpoint's chat template: chat_template.jinja (transformers 5) or tokenizer_config.json's key."""
    import json

    jinja = folder / "chat_template.jinja"
    if jinja.is_file():
        return jinja.read_text()
    config = folder / "tokenizer_config.json"
    if config.is_file():
        template = json.loads(config.read_text()).get("chat_template")
        return template if isinstance(template, str) else None
    return None


def write_text_gguf(checkpoint: Checkpoint, out: Path, base: str = "f16") -> Path:
    """Write the text model; 2-D weights in `base` (f16 or f32), norms and biases in f32 as llama.cpp expects."""
    if checkpoint.model_type not in TEXT_ARCH:
        raise VlmedgeError(f"GGUF text export of {checkpoint.model_type} is not supported yet: supported are "
                           f"{', '.join(TEXT_ARCH)}")
    dtype, file_type = BASE_TYPES[base]
    text = checkpoint.text
    arch = TEXT_ARCH[checkpoint.model_type]
    rope = getattr(text, "rope_parameters", None) or getattr(text, "rope_scaling", None) or {}
    sections = list(rope.get("mrope_section") or [])
    if not sections:
        raise VlmedgeError(f"{checkpoint.folder}: text config has no mrope_section; not a Qwen2-VL-family model")
    writer = gguf.GGUFWriter(str(out), gguf.MODEL_ARCH_NAMES[arch])
    writer.add_type(gguf.GGUFType.MODEL)
    writer.add_name(checkpoint.folder.name)
    writer.add_file_type(file_type)
    writer.add_context_length(text.max_position_embeddings)
    writer.add_embedding_length(text.hidden_size)
    writer.add_block_count(text.num_hidden_layers)
    writer.add_feed_forward_length(text.intermediate_size)
    writer.add_head_count(text.num_attention_heads)
    writer.add_head_count_kv(text.num_key_value_heads)
    writer.add_rope_freq_base(float(rope.get("rope_theta", getattr(text, "rope_theta", 10000.0))))
    writer.add_layer_norm_rms_eps(text.rms_norm_eps)
    writer.add_rope_dimension_sections(sections + [0] * (4 - len(sections)))
    if checkpoint.model_type == "qwen3_vl":
        head_dim = getattr(text, "head_dim", None) or text.hidden_size // text.num_attention_heads
        writer.add_key_length(head_dim)
        writer.add_value_length(head_dim)
        writer.add_num_deepstack_layers(len(getattr(checkpoint.vision, "deepstack_visual_indexes", None) or []))
    add_vocab(writer, read_vocab(checkpoint.folder, text.vocab_size))
    template = chat_template(checkpoint.folder)
    if template:  # llama-server --jinja and our runtime render prompts from it
        writer.add_chat_template(template)

    names = gguf.TensorNameMap(arch, text.num_hidden_layers)
    tied = bool(checkpoint.raw_config.get("tie_word_embeddings", getattr(text, "tie_word_embeddings", False)))
    for name, array in checkpoint.tensors(""):
        if name.startswith("visual."):
            continue
        if name == "lm_head.weight" and tied:
            continue  # llama.cpp reuses token_embd when the output tensor is absent
        target = names.get_name(name, try_suffixes=(".weight", ".bias"))
        if target is None:
            raise VlmedgeError(f"{checkpoint.folder}: tensor {name} has no GGUF name for {arch.name}; "
                               "the checkpoint is not a plain Qwen2-VL-family model")
        writer.add_tensor(target, array.astype(dtype) if array.ndim == 2 else array.astype(np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return Path(out)
