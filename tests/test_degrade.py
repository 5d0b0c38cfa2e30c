"""Each degradation stays within its bounds, keeps size and mode, changes pixels, and is seeded."""

from __future__ import annotations

import random

import numpy as np
import pytest

from vlmedge.calibration.degrade import DEGRADATIONS, apply_plan, plan_label, sample_plan
from vlmedge.calibration.render import RenderSpec, render


@pytest.fixture(scope="module")
def screenshot():  # type: ignore[no-untyped-def]
    return render("for i in range(10):\n    print(i * 2)  # double", "python",
                  RenderSpec(theme="default", font="dejavu-sans-mono", font_size=16))


@pytest.mark.parametrize("name", sorted(DEGRADATIONS))
def test_degradation_within_bounds(name: str, screenshot) -> None:  # type: ignore[no-untyped-def]
    degradation = DEGRADATIONS[name]
    rng = random.Random(0)
    for _ in range(200):
        params = degradation.sample(rng)
        assert params.keys() == degradation.bounds.keys()
        for key, (low, high) in degradation.bounds.items():
            assert low <= params[key] <= high, (key, params[key])
    base = np.asarray(screenshot).astype(int)
    # The weakest and the strongest setting both change pixels, and neither wipes the image out.
    for pick in (0, 1):
        params = {key: bounds[pick] for key, bounds in degradation.bounds.items()}
        out = degradation.apply(screenshot, params, seed=3)
        assert out.size == screenshot.size and out.mode == screenshot.mode
        diff = np.abs(np.asarray(out).astype(int) - base)
        assert diff.max() > 0, f"{name} {params} changed nothing"
        assert diff.mean() < 128, f"{name} {params} destroyed the image"
    again = degradation.apply(screenshot, params, seed=3)
    assert np.array_equal(np.asarray(again), np.asarray(out)), "same seed must give the same pixels"


def test_plans_are_recorded_in_application_order() -> None:
    rng = random.Random(1)
    order = list(DEGRADATIONS)
    plans = [sample_plan(rng, clean_probability=0.3) for _ in range(300)]
    assert any(not p for p in plans) and any(len(p) == 3 for p in plans)
    for plan in plans:
        names = [n for n, _ in plan]
        assert names == sorted(names, key=order.index)
    assert plan_label([]) == "clean"
    assert plan_label([("blur", {}), ("jpeg", {})]) == "blur+jpeg"


def test_apply_plan_changes_pixels(screenshot) -> None:  # type: ignore[no-untyped-def]
    plan = [("rotate", {"degrees": 1.0}), ("noise", {"sigma": 5.0}), ("jpeg", {"quality": 50})]
    out = apply_plan(screenshot, plan, seed=9)
    assert np.abs(np.asarray(out).astype(int) - np.asarray(screenshot).astype(int)).mean() > 1
