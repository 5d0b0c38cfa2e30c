"""One meaning of `--threads` in every command: the CPU threads its compute uses (torch's intra-op threads,
llama.cpp's decode and batch threads, the GGUF quantizer's); 0 = one per CPU core this process may run on."""

from __future__ import annotations

import os

HELP = "CPU threads for the compute (torch, llama.cpp, the GGUF quantizer); 0 = one per CPU core."


def cpu_threads(asked: int = 0) -> int:
    """`asked`, or for 0 the CPU cores this process may run on (its affinity, not the host's count)."""
    if asked < 0:
        from vlmedge.errors import VlmedgeError

        raise VlmedgeError(f"--threads {asked}: give a number of threads, or 0 for one per CPU core")
    if asked:
        return asked
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # no affinity on macOS
        return os.cpu_count() or 1
