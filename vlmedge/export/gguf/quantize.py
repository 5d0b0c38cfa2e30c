"""Text-model quantization with llama.cpp's own `llama_model_quantize` (through llama-cpp-python)."""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from pathlib import Path

from vlmedge.errors import VlmedgeError
from vlmedge.threads import cpu_threads

# --type -> llama.cpp file type name (LLAMA_FTYPE_MOSTLY_*); f16 / f32 are written directly, no quantizer.
QUANT_TYPES = {
    "q8_0": "Q8_0", "q6_k": "Q6_K", "q5_k_m": "Q5_K_M", "q5_k_s": "Q5_K_S", "q5_0": "Q5_0",
    "q4_k_m": "Q4_K_M", "q4_k_s": "Q4_K_S", "q4_0": "Q4_0", "q3_k_m": "Q3_K_M", "q2_k": "Q2_K",
}
WRITTEN_TYPES = ("f16", "f32")


def check_type(kind: str) -> None:
    if kind not in QUANT_TYPES and kind not in WRITTEN_TYPES:
        raise VlmedgeError(f"--type {kind}: use one of {', '.join(WRITTEN_TYPES + tuple(QUANT_TYPES))}")


def llama_cpp_module():  # type: ignore[no-untyped-def]
    try:
        import llama_cpp
    except ImportError:
        raise VlmedgeError("quantized GGUF types need llama-cpp-python: pip install llama-cpp-python==0.3.36 "
                           "(it compiles llama.cpp, 10-30 min on 2 cores; or `make setup`)") from None
    return llama_cpp


# llama-quant.cpp's notice for a tensor whose row length a block type cannot divide.
_FALLBACK = re.compile(r"warning: (?P<tensor>\S+)\s+- ncols\s+(?P<ncols>\d+) not divisible by\s+(?P<block>\d+) "
                       r"\(required for type\s+(?P<wanted>\S+)\).*-> falling back to\s+(?P<used>\S+)")


@dataclass(frozen=True)
class Fallback:
    tensor: str
    ncols: int
    block: int
    wanted: str
    used: str

    def describe(self) -> str:
        return f"{self.tensor} ({self.ncols} columns, not a multiple of {self.block}): {self.wanted} -> {self.used}"


def parse_fallbacks(log_lines: list[str]) -> list[Fallback]:
    found = []
    for line in log_lines:
        match = _FALLBACK.search(line)
        if match:
            found.append(Fallback(match["tensor"], int(match["ncols"]), int(match["block"]), match["wanted"],
                                  match["used"]))
    return found


def quantize_text(source: Path, out: Path, kind: str, threads: int = 0) -> list[Fallback]:
    """Quantizes a text GGUF; returns the tensors llama.cpp had to give another type than `kind` asks for."""
    from vlmedge.runtime import llama_log

    llama_cpp = llama_cpp_module()
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{QUANT_TYPES[kind]}")
    params.nthread = cpu_threads(threads)
    with llama_log.captured() as log_lines:
        status = llama_cpp.llama_model_quantize(str(source).encode(), str(out).encode(), ctypes.byref(params))
    if status != 0:
        raise VlmedgeError(f"llama_model_quantize failed on {source} -> {kind} (status {status}): "
                           f"{' | '.join(log_lines[-3:])}")
    return parse_fallbacks(log_lines)
