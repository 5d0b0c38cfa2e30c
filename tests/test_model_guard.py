"""A guard on the shipped model: its card's guard-set figure, read again on every run of the suite."""

from __future__ import annotations

import re
from pathlib import Path

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.evaluate.accuracy import evaluate_accuracy
from vlmedge.paths import SHIPPED_MODEL_DIR
from vlmedge.stage import sha256_file

GUARD = re.compile(r"Guard set: the first (\d+) eval screenshots \(seed (\d+)\) read at CER (\d+\.\d+) % .*?"
                   r"model\.safetensors sha256 ([0-9a-f]+)\.\.\.\).*?by more than (\d+(?:\.\d+)?) points", re.S)


def test_shipped_model_reads_its_guard_set_as_its_card_says(tmp_path: Path) -> None:
    card = (SHIPPED_MODEL_DIR / "MODEL_CARD.md").read_text()
    found = GUARD.search(card)
    assert found, "MODEL_CARD.md has no guard figure: run python benchmarks/model_card.py --guard-only"
    samples, seed, card_cer, weights, margin = found.groups()
    assert sha256_file(SHIPPED_MODEL_DIR / "model.safetensors").startswith(weights), (
        "the shipped weights are not the ones the card measured: run python benchmarks/model_card.py")
    build(BuildConfig(samples=0, eval_samples=int(samples), seed=int(seed)), tmp_path / "guard", progress=False)
    result = evaluate_accuracy(str(SHIPPED_MODEL_DIR), tmp_path / "guard", tmp_path / "guard.json", batch_size=8)
    cer = 100 * result["overall"]["ws"]["cer"]
    assert result["samples"] == int(samples)
    assert cer <= float(card_cer) + float(margin), (
        f"the shipped model reads its guard set at CER {cer:.2f} %, against {card_cer} % in its card: a regression "
        "in the weights, the screenshot preparation or the runtime")
