"""llama-cpp-python's OpenAI-compatible server (`python -m llama_cpp.server`) with llama.cpp's extra weight buffer
types (AMX and repacked layouts) turned off, as vlmedge's own llama.cpp runtime runs.

Why: on CPUs with AMX (Intel Sapphire Rapids and later) the stock server crashed (SIGSEGV) on the first image
request to the default model's GGUF (llama-cpp-python 0.3.36), and `llama_cpp.server` has no flag for it; llama.cpp's
own llama-server has `--no-repack` for the same thing. Arguments are llama_cpp.server's:

    python -m vlmedge.serve.llama_cpp_server --model model-q4_k_m.gguf --clip_model_path mmproj-f16.gguf \
        --chat_format mtmd --n_ctx 4096 --port 8080
"""

from __future__ import annotations

import runpy
import sys


def main() -> None:
    try:
        import llama_cpp
        import llama_cpp.server  # noqa: F401  (its extra dependencies: pip install 'llama-cpp-python[server]')
    except ImportError as error:
        sys.exit(f"error: llama-cpp-python's server is not installed ({error}); pip install "
                 "'llama-cpp-python[server]==0.3.36' (`make setup` does it)")
    from vlmedge.runtime.llama_cpp_runtime import patched_defaults

    sys.argv[0] = "llama_cpp.server"
    with patched_defaults(llama_cpp):
        runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
