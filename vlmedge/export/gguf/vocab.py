"""The byte-level BPE tokenizer in GGUF form: llama.cpp's `gpt2` model with the `qwen2` pre-tokenizer.

Token ids must match the HF tokenizer one for one, and the list must be as long as the embedding table;
rows past the tokenizer are padding the model never produces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import gguf

from vlmedge.errors import VlmedgeError


@dataclass
class GgufVocab:
    tokens: list[str]
    types: list[int]
    merges: list[str]
    eos_id: int  # <|im_end|>: where a chat answer stops
    pad_id: int  # <|endoftext|>


def read_vocab(folder: Path, vocab_size: int) -> GgufVocab:
    path = Path(folder) / "tokenizer.json"
    if not path.is_file():
        raise VlmedgeError(f"{folder} has no tokenizer.json: the GGUF needs the fast (tokenizers) tokenizer file")
    data = json.loads(path.read_text())
    model = data["model"]
    if model.get("type") != "BPE":
        raise VlmedgeError(f"{path}: tokenizer model {model.get('type')!r} is not byte-level BPE (Qwen2 family)")
    by_id: dict[int, tuple[str, int]] = {i: (t, gguf.TokenType.NORMAL) for t, i in model["vocab"].items()}
    for added in data.get("added_tokens", []):
        kind = gguf.TokenType.CONTROL if added.get("special") else gguf.TokenType.USER_DEFINED
        by_id[added["id"]] = (added["content"], kind)
    if max(by_id) >= vocab_size:
        raise VlmedgeError(f"{path} has token id {max(by_id)} but the model's vocabulary has {vocab_size} rows")
    tokens, types = [], []
    for index in range(vocab_size):
        token, kind = by_id.get(index, (f"[PAD{index}]", gguf.TokenType.UNUSED))
        tokens.append(token)
        types.append(int(kind))
    # tokenizers >= 0.20 stores merges as pairs; GGUF wants "left right" strings.
    merges = [m if isinstance(m, str) else " ".join(m) for m in model.get("merges", [])]

    def special(token: str) -> int:
        for index, (text, _) in by_id.items():
            if text == token:
                return index
        raise VlmedgeError(f"{path} lacks {token}: not a Qwen2-VL chat tokenizer")

    return GgufVocab(tokens, types, merges, special("<|im_end|>"), special("<|endoftext|>"))


def add_vocab(writer: gguf.GGUFWriter, vocab: GgufVocab) -> None:
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("qwen2")
    writer.add_token_list(vocab.tokens)
    writer.add_token_types(vocab.types)
    writer.add_token_merges(vocab.merges)
    writer.add_eos_token_id(vocab.eos_id)
    writer.add_pad_token_id(vocab.pad_id)
    writer.add_bos_token_id(vocab.pad_id)
    writer.add_add_bos_token(False)  # Qwen2 prompts start with <|im_start|>, never a BOS
