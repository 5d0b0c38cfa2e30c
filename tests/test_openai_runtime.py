"""A model behind an OpenAI-compatible API: llama-cpp-python's own server on loopback, serving the default model's
GGUF export, read by vlmedge's `openai` runtime from transcribe and evaluate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import free_port

from vlmedge.calibration.render import sample_screenshot
from vlmedge.errors import VlmedgeError
from vlmedge.evaluate.metrics import cer
from vlmedge.runtime.llama_cpp_runtime import LlamaCppRuntime
from vlmedge.runtime.openai_runtime import OpenAIRuntime


def test_served_default_reads_like_vlmedges_own_llama_cpp_runtime(served: tuple[str, Path], tmp_path: Path) -> None:
    base, folder = served
    image = sample_screenshot(448)
    image.save(tmp_path / "shot.png")
    own = LlamaCppRuntime(folder, threads=2, warmup=False).transcribe([image])[0].text
    result = subprocess.run([sys.executable, "-m", "vlmedge.cli", "transcribe", "--model",
                             f"{base}?reading=rows:1&timeout=60", str(tmp_path / "shot.png")],
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
                             "--variants", f"baseline=default,served={base}?reading=rows:1", "--limit", "2",
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
