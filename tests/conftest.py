"""Shared fixtures: one small dataset built once per session by the real builder."""

from __future__ import annotations

from pathlib import Path

import pytest

from vlmedge.calibration.build import BuildConfig, build


@pytest.fixture(scope="session")
def small_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ds") / "set"
    build(BuildConfig(samples=48, eval_samples=48, seed=11, workers=2), out, progress=False)
    return out
