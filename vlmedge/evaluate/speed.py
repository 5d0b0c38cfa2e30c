"""Speed statistics from interleaved timings: percentiles, median and spread over repeats, paired ratios."""

from __future__ import annotations

import statistics
from typing import Any

import numpy as np


def percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    p50, p95, p99 = np.percentile(np.asarray(values, float), [50, 95, 99])
    return {"p50": round(float(p50), 2), "p95": round(float(p95), 2), "p99": round(float(p99), 2)}


def median_spread(values: list[float]) -> dict[str, float]:
    """Median with min and max: the spread a reader needs to judge a timing on a shared machine."""
    if not values:
        return {}
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
            "max": round(max(values), 3), "n": len(values)}


def stage_timings(timings: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    """Median and spread of every stage timing a runtime reported (encode, first token, decode rate)."""
    keys = sorted({key for item in timings for key in item})
    return {key: median_spread([item[key] for item in timings if key in item]) for key in keys}


def summarize(ms: list[list[float]], timings: list[dict[str, float]]) -> dict[str, Any]:
    """ms[repeat][sample] -> end-to-end percentiles over all, per-repeat medians, and stage timings."""
    flat = [value for run in ms for value in run]
    return {
        "end_to_end_ms": percentiles(flat),
        "end_to_end_ms_per_repeat": median_spread([statistics.median(run) for run in ms if run]),
        "screenshots_per_s": round(1000.0 / statistics.median(flat), 3) if flat else None,
        "stages": stage_timings(timings),
    }


def paired_speedup(baseline: list[list[float]], variant: list[list[float]]) -> dict[str, float]:
    """Baseline time over variant time per screenshot, measured side by side: median per repeat, then the
    median and spread of those; > 1 means the variant is faster."""
    per_repeat = []
    for base_run, var_run in zip(baseline, variant, strict=True):
        ratios = [b / v for b, v in zip(base_run, var_run, strict=True) if v > 0]
        if ratios:
            per_repeat.append(statistics.median(ratios))
    return median_spread(per_repeat)
