"""llama.cpp's log, captured instead of printed: the quantizer's fallback notices are read from it, and
loading errors quote its last lines instead of leaving a bare "failed to load"."""

from __future__ import annotations

import ctypes
from contextlib import contextmanager
from typing import Any, Iterator

_lines: list[str] = []
_KEEP = 2000  # lines kept between captures, for error messages
_partial: list[str] = []
_installed: list[Any] = []  # the ctypes callback must outlive every call into the library


def _collect(level: int, text: bytes, user_data: Any) -> None:
    _partial.append(text.decode("utf-8", "replace"))
    if _partial[-1].endswith("\n"):
        _lines.extend("".join(_partial).splitlines())
        _partial.clear()


def install() -> None:
    """Route llama.cpp's and mtmd's logging here (once per process)."""
    if _installed:
        return
    import llama_cpp
    from llama_cpp import mtmd_cpp

    callback = llama_cpp.llama_log_callback(_collect)
    llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))
    mtmd_cpp.mtmd_log_set(callback, ctypes.c_void_p(0))
    mtmd_cpp.mtmd_helper_log_set(callback, ctypes.c_void_p(0))
    _installed.append(callback)


@contextmanager
def captured() -> Iterator[list[str]]:
    """Yields a list that holds, after the block, the log lines written during it."""
    install()
    del _lines[:-_KEEP]
    start = len(_lines)
    block: list[str] = []
    try:
        yield block
    finally:
        block.extend(_lines[start:])


def tail(count: int = 5) -> str:
    return " | ".join(line.strip() for line in _lines[-count:] if line.strip())
