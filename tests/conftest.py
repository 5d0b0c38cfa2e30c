"""Shared fixtures: one small dataset built once per session by the real builder; the default model served by
llama-cpp-python's OpenAI-compatible server."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from vlmedge.calibration.build import BuildConfig, build


@pytest.fixture(scope="session")
def small_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ds") / "set"
    build(BuildConfig(samples=48, eval_samples=48, seed=11, workers=2), out, progress=False)
    return out


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(base URL, GGUF folder): the default model's q4_k_m export behind llama-cpp-python's server, started as
    users start it on any CPU (vlmedge/serve/llama_cpp_server.py: the stock one crashes on AMX CPUs)."""
    from vlmedge.export.gguf.export import export_gguf

    folder = export_gguf("default", tmp_path_factory.mktemp("gguf") / "q4", "q4_k_m", threads=1)
    text = next(folder.glob("model-*.gguf"))
    mmproj = next(folder.glob("mmproj-*.gguf"))
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"  # a file: llama.cpp logs a lot, and a full pipe blocks it
    # chat_format mtmd: the generic libmtmd handler; the qwen2.5-vl one loses tokens on M-RoPE positions here.
    server = subprocess.Popen([sys.executable, "-m", "vlmedge.serve.llama_cpp_server", "--model", str(text),
                               "--clip_model_path", str(mmproj), "--chat_format", "mtmd", "--n_ctx", "4096",
                               "--n_threads", "2", "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=log.open("w"))
    base = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(base + "/models", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        server.kill()
        pytest.fail(f"llama_cpp.server did not start: {log.read_text()[-1000:]}")
    yield base, folder
    server.terminate()
    server.wait(timeout=30)
