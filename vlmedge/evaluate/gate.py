"""The ship gate: each variant's measured drop, speedup and memory against the limits in a budgets file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import RootModel

from vlmedge.config import Strict, read_yaml
from vlmedge.paths import BUDGETS as DEFAULT_BUDGETS

LIMITS = ("max_cer_increase", "min_speedup", "max_peak_rss_mb")


class Limits(Strict):
    max_cer_increase: float | None = None  # absolute CER above the baseline's; 0.01 = one point
    min_speedup: float | None = None  # baseline time / variant time, median of per-screenshot ratios
    max_peak_rss_mb: float | None = None  # peak resident memory of the variant's own process


class Budgets(RootModel[dict[str, Limits]]):
    """Variant name -> its limits."""


def read_budgets(path: Path = DEFAULT_BUDGETS) -> dict[str, dict[str, float]]:
    return read_yaml(path, Budgets, "--budgets", DEFAULT_BUDGETS)


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


def _metric(key: str) -> str:
    return {"max_cer_increase": "CER increase", "min_speedup": "speedup", "max_peak_rss_mb": "peak RSS"}[key]


def _fmt(key: str, value: float) -> str:
    if key == "max_cer_increase":
        return f"{100 * value:+.2f} points"
    if key == "min_speedup":
        return f"{value:.2f}x"
    return f"{value:.0f} MB"
