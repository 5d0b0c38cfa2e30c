"""A model behind an OpenAI-compatible API: llama-cpp-python's own server on loopback, serving the default model's
GGUF export, read by vlmedge's `openai` runtime from transcribe and evaluate."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from vlmedge.calibration.render import sample_screenshot
from vlmedge.errors import VlmedgeError
from vlmedge.evaluate.metrics import cer
from vlmedge.export.gguf.export import export_gguf
from vlmedge.runtime.llama_cpp_runtime import LlamaCppRuntime
from vlmedge.runtime.openai_runtime import OpenAIRuntime


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(base URL, GGUF folder): the default model's q4_k_m export behind `python -m llama_cpp.server`."""
    folder = export_gguf("default", tmp_path_factory.mktemp("gguf") / "q4", "q4_k_m", threads=1)
    text = next(folder.glob("model-*.gguf"))
    mmproj = next(folder.glob("mmproj-*.gguf"))
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"  # a file: llama.cpp logs a lot, and a full pipe blocks it
    # chat_format mtmd: the generic libmtmd handler; the qwen2.5-vl one loses tokens on M-RoPE positions here.
    server = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(text), "--clip_model_path",
                               str(mmproj), "--chat_format", "mtmd", "--n_ctx", "4096", "--n_threads", "2",
                               "--host", "127.0.0.1", "--port", str(port)],
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


def test_served_default_reads_like_vlmedges_own_llama_cpp_runtime(served: tuple[str, Path], tmp_path: Path) -> None:
    base, folder = served
    image = sample_screenshot(448)
    image.save(tmp_path / "shot.png")
    own = LlamaCppRuntime(folder, threads=2, warmup=False).transcribe([image])[0].text
    result = subprocess.run([sys.executable, "-m", "vlmedge.cli", "transcribe", "--model",
                             f"{base}?reading=rows:8&timeout=60", str(tmp_path / "shot.png")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    served_text = json.loads(result.stdout)["text"]
    # The same weights and reading through another server: the text may differ where two logits nearly tie.
    assert served_text and cer(own, served_text) < 0.05, (own, served_text)
    plain = OpenAIRuntime(base).transcribe([image])[0].text  # the screenshot as it is: this model reads worse
    assert isinstance(plain, str)


def test_evaluate_measures_a_served_variant_beside_the_baseline(served: tuple[str, Path], small_dataset: Path,
                                                                tmp_path: Path) -> None:
    base, _ = served
    result = subprocess.run([sys.executable, "-m", "vlmedge.cli", "evaluate", "--eval", str(small_dataset),
                             "--variants", f"baseline=default,served={base}?reading=rows:8", "--limit", "2",
                             "--out", str(tmp_path / "r")], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    results = json.loads((tmp_path / "r" / "results.json").read_text())
    served = results["variants"]["served"]
    assert served["runtime"] == "openai" and served["accuracy"]["overall"]["ws"]["cer"] < 0.5


def test_bad_servers_and_options_are_one_line(served: tuple[str, Path]) -> None:
    base, _ = served
    with pytest.raises(VlmedgeError, match="reading=sideways is not a reading: use plain, grid or rows:N"):
        OpenAIRuntime(f"{base}?reading=sideways")
    with pytest.raises(VlmedgeError, match="temperature is not an option of a served model"):
        OpenAIRuntime(f"{base}?temperature=1")
    down = f"http://127.0.0.1:{free_port()}/v1?retries=1&timeout=2"
    with pytest.raises(VlmedgeError, match=r"the model server at http://127.0.0.1:\d+/v1 failed \(ConnectError"):
        OpenAIRuntime(down)
