"""Qwen2-VL-family checkpoints to llama.cpp GGUF, written on the PyPI `gguf` package (no llama.cpp code).

- `checkpoint.py`: reads a model folder (config, tensors under either transformers naming) once;
- `vocab.py`: the byte-level BPE tokenizer as GGUF token list, types, merges and special ids;
- `text.py`: the language model GGUF (arch qwen2vl / qwen3vl);
- `mmproj.py`: the vision tower + merger GGUF (arch clip, projector qwen2vl_merger / qwen2.5vl_merger).
"""
