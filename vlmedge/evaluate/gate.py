"""The ship gate: each variant's measured drop, speedup and memory against the limits in a budgets file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from vlmedge.errors import VlmedgeError
from vlmedge.models.architecture import REPO_ROOT_SPEC

DEFAULT_BUDGETS = REPO_ROOT_SPEC / "budgets.yaml"
LIMITS = ("max_cer_increase", "min_speedup", "max_peak_rss_mb")


def read_budgets(path: Path = DEFAULT_BUDGETS) -> dict[str, dict[str, float]]:
    path = Path(path)
    if not path.is_file():
        raise VlmedgeError(f"--budgets {path} does not exist: pass a YAML file like {DEFAULT_BUDGETS}")
    try:
        budgets = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        raise VlmedgeError(f"--budgets {path} is not valid YAML ({str(exc).splitlines()[0]}): fix the file") from None
    if not isinstance(budgets, dict):
        raise VlmedgeError(f"--budgets {path} must map variant names to limits, e.g. `int8: {{min_speedup: 1.2}}`")
    for name, limits in budgets.items():
        if not isinstance(limits, dict):
            raise VlmedgeError(f"--budgets {path}: {name} must map limits to numbers, e.g. max_cer_increase: 0.01")
        for key, value in limits.items():
            if key not in LIMITS:
                raise VlmedgeError(f"--budgets {path}: {name}.{key} is not a limit; use {', '.join(LIMITS)}")
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise VlmedgeError(f"--budgets {path}: {name}.{key} = {value!r} must be a number")
    return budgets


def check(results: dict[str, Any], budgets: dict[str, dict[str, float]]) -> list[str]:
    """One line per broken limit, naming the variant, the metric, the measured value and the limit."""
    failures = []
    for name, limits in budgets.items():
        variant = results["variants"].get(name)
        if variant is None:
            continue
        measured = {
            "max_cer_increase": variant["vs_baseline"]["cer_increase"],
            "min_speedup": variant["vs_baseline"]["speedup"].get("median"),
            "max_peak_rss_mb": variant["peak_rss_mb"],
        }
        for key, limit in limits.items():
            value = measured[key]
            if value is None:
                failures.append(f"{name}: {key} could not be measured (limit {limit})")
            elif key.startswith("max_") and value > limit:
                failures.append(f"{name}: {_metric(key)} {_fmt(key, value)} exceeds the budget {_fmt(key, limit)}")
            elif key.startswith("min_") and value < limit:
                failures.append(f"{name}: {_metric(key)} {_fmt(key, value)} is below the budget {_fmt(key, limit)}")
    return failures


def gated_variants(results: dict[str, Any], budgets: dict[str, dict[str, float]]) -> list[str]:
    return [name for name in budgets if name in results["variants"]]


def _metric(key: str) -> str:
    return {"max_cer_increase": "CER increase", "min_speedup": "speedup", "max_peak_rss_mb": "peak RSS"}[key]


def _fmt(key: str, value: float) -> str:
    if key == "max_cer_increase":
        return f"{100 * value:+.2f} points"
    if key == "min_speedup":
        return f"{value:.2f}x"
    return f"{value:.0f} MB"
