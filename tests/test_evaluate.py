"""`vlmedge evaluate`: accuracy of a transcriber on an eval split, grouped, written atomically as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vlmedge.errors import VlmedgeError
from vlmedge.evaluate.accuracy import evaluate_accuracy
from vlmedge.evaluate.metrics import score


def test_evaluate_peer_on_eval_split(small_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "acc.json"
    result = subprocess.run([sys.executable, "-m", "vlmedge.cli", "evaluate", "--model", "rapidocr", "--eval",
                             str(small_dataset), "--limit", "3", "--out", str(out)], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert "CER" in result.stdout
    data = json.loads(out.read_text())
    assert data["samples"] == 3 and data["runtime"] == "rapidocr" and len(data["predictions"]) == 3
    assert {"by_language", "by_theme", "by_degradation", "by_font", "by_condition"} <= set(data)
    # The reported CER is the micro-average of the stored predictions, rescored here independently.
    scores = [score(p["reference"], p["hypothesis"]) for p in data["predictions"]]
    assert data["overall"]["ws"]["cer"] == pytest.approx(sum(s.edits for s in scores) / sum(s.length for s in scores))
    assert data["overall"]["ws"]["exact_match"] == pytest.approx(sum(s.exact for s in scores) / 3)
    for prediction in data["predictions"]:
        assert prediction["reference"] and prediction["ms"] > 0
    assert not list(tmp_path.glob("*.partial"))


def test_evaluate_bad_inputs(tmp_path: Path, small_dataset: Path) -> None:
    with pytest.raises(VlmedgeError, match="is not a dataset folder"):
        evaluate_accuracy("rapidocr", tmp_path, tmp_path / "x.json")
    with pytest.raises(VlmedgeError, match="does not exist"):
        evaluate_accuracy(str(tmp_path / "no-model"), small_dataset, tmp_path / "x.json", limit=1)
    assert not (tmp_path / "x.json").exists()
