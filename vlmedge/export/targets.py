"""Deployment targets: one YAML file each under configs/targets/ (adding a device is adding a file)."""

from __future__ import annotations

from pathlib import Path

from vlmedge.config import Strict, read_yaml
from vlmedge.errors import VlmedgeError
from vlmedge.paths import TARGETS_DIR


class TargetSpec(Strict):
    """What a target file holds (configs/targets/edge-4gb.yaml explains each key)."""

    description: str
    ram_mb: int
    max_peak_rss_mb: int
    image_px: int
    threads: int
    use_mmap: bool
    image_max_tokens: int


class Target(TargetSpec):
    name: str  # the file's stem


def available_targets() -> list[str]:
    return sorted(path.stem for path in TARGETS_DIR.glob("*.yaml"))


def load_target(name: str) -> Target:
    """A target by name (configs/targets/NAME.yaml) or a YAML file of your own device."""
    path = Path(name) if name.endswith((".yaml", ".yml")) else TARGETS_DIR / f"{name}.yaml"
    if not path.is_file():
        raise VlmedgeError(f"--target {path.stem} is unknown: use one of {', '.join(available_targets())} "
                           f"(or add {TARGETS_DIR}/{path.stem}.yaml)")
    return Target(name=path.stem, **read_yaml(path, TargetSpec, "--target"))
