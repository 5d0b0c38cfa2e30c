"""Every YAML config vlmedge reads goes through a schema: the shipped ones pass, a mistyped key is named."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
import yaml

from vlmedge.errors import VlmedgeError
from vlmedge.evaluate.gate import read_budgets
from vlmedge.export.targets import load_target
from vlmedge.models.architecture import read_spec
from vlmedge.models.synth import read_shape
from vlmedge.paths import BUDGETS, CONFIGS_DIR, MODEL_SPEC, TARGETS_DIR, TRAIN_RECIPE
from vlmedge.quantize.methods import load_recipe
from vlmedge.training.recipe import read_recipe


def _rename_first(data: dict, old: str, new: str) -> bool:
    """Rename the first key `old` found anywhere in `data` (depth first); whether one was found."""
    for key, value in list(data.items()):
        if key == old:
            data[new] = data.pop(old)
            return True
        if isinstance(value, dict) and _rename_first(value, old, new):
            return True
        if isinstance(value, list) and any(isinstance(item, dict) and _rename_first(item, old, new) for item in value):
            return True
    return False


# (loader, shipped file, a key in it, that key misspelled, what the error must say)
CASES: list[tuple[Callable[[Path], object], Path, str, str, str]] = [
    (read_recipe, TRAIN_RECIPE, "glyph_ctc", "glyph_ctcc", r"stages\.0\.glyph_ctcc is not a key here \(did you mean "
                                                           r"glyph_ctc\?\)"),
    (read_recipe, TRAIN_RECIPE, "warmup_steps", "warmup", r"optimizer\.warmup is not a key here"),
    (read_budgets, BUDGETS, "min_speedup", "min_speed", r"int8\.min_speed is not a key here \(did you mean "
                                                         r"min_speedup\?\)"),
    (lambda path: load_target(str(path)), TARGETS_DIR / "edge-4gb.yaml", "max_peak_rss_mb", "max_peak_rss",
     r"max_peak_rss is not a key here"),
    (read_spec, MODEL_SPEC, "num_key_value_heads", "num_kv_heads", r"text\.num_kv_heads is not a key here"),
    (lambda path: read_shape(str(path)), CONFIGS_DIR / "models" / "synth" / "qwen2-vl-2b.yaml", "family", "familly",
     r"familly is not a key here \(did you mean family\?\)"),
    (load_recipe, CONFIGS_DIR / "quantize" / "gptq.yaml", "scheme", "schema",
     r"GPTQModifier: schema is not a key here"),
]


@pytest.mark.parametrize("loader, shipped, key, typo, message", CASES, ids=[c[3] for c in CASES])
def test_shipped_config_passes_and_a_typo_is_named(loader: Callable[[Path], object], shipped: Path, key: str,
                                                    typo: str, message: str, tmp_path: Path) -> None:
    assert loader(shipped)
    data = yaml.safe_load(shipped.read_text())
    assert _rename_first(data, key, typo)
    broken = tmp_path / shipped.name
    broken.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(VlmedgeError, match=message) as caught:
        loader(broken)
    assert "\n" not in str(caught.value) and str(broken) in str(caught.value)


def test_a_wrong_type_or_a_missing_key_is_named(tmp_path: Path) -> None:
    spec = yaml.safe_load(MODEL_SPEC.read_text())
    spec["vision"]["depth"] = "four"
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    with pytest.raises(VlmedgeError, match=r"vision\.depth: input should be a valid integer \(got 'four'\)"):
        read_spec(tmp_path / "spec.yaml")
    del spec["image"]
    spec["vision"]["depth"] = 4
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    with pytest.raises(VlmedgeError, match="image is missing"):
        read_spec(tmp_path / "spec.yaml")
    (tmp_path / "bad.yaml").write_text("stages: [\n")
    with pytest.raises(VlmedgeError, match="is not valid YAML"):
        read_recipe(tmp_path / "bad.yaml")


def test_every_shipped_yaml_has_a_loader() -> None:
    covered = {shipped for _, shipped, *_ in CASES}
    loaded = {*covered, *(CONFIGS_DIR / "quantize").glob("*.yaml"), *(CONFIGS_DIR / "models" / "synth").glob("*.yaml"),
              *TARGETS_DIR.glob("*.yaml")}
    for path in (CONFIGS_DIR / "quantize").glob("*.yaml"):
        load_recipe(path)
    for path in (CONFIGS_DIR / "models" / "synth").glob("*.yaml"):
        read_shape(str(path))
    for path in TARGETS_DIR.glob("*.yaml"):
        load_target(str(path))
    assert set(CONFIGS_DIR.rglob("*.yaml")) == loaded
