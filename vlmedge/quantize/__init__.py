"""Quantization: INT8, GPTQ and AWQ variants through llm-compressor (GGUF lives in export/)."""
