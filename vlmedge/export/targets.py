"""Deployment targets: one YAML file each under configs/targets/ (adding a device is adding a file)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from vlmedge.errors import VlmedgeError
from vlmedge.models.architecture import REPO_ROOT_SPEC

TARGETS_DIR = REPO_ROOT_SPEC / "targets"


@dataclass(frozen=True)
class Target:
    name: str
    description: str
    ram_mb: int
    max_peak_rss_mb: int
    image_px: int
    threads: int
    use_mmap: bool
    image_max_tokens: int


def available_targets() -> list[str]:
    return sorted(path.stem for path in TARGETS_DIR.glob("*.yaml"))


def load_target(name: str) -> Target:
    """A target by name (configs/targets/NAME.yaml) or a YAML file of your own device."""
    path = Path(name) if name.endswith((".yaml", ".yml")) else TARGETS_DIR / f"{name}.yaml"
    name = path.stem
    if not path.is_file():
        raise VlmedgeError(f"--target {name} is unknown: use one of {', '.join(available_targets())} "
                           f"(or add {TARGETS_DIR}/{name}.yaml)")
    data = yaml.safe_load(path.read_text()) or {}
    fields = [f for f in Target.__dataclass_fields__ if f != "name"]
    missing = [f for f in fields if f not in data]
    if missing:
        raise VlmedgeError(f"{path} lacks {', '.join(missing)}: every target names all of {', '.join(fields)}")
    return Target(name=name, **{f: data[f] for f in fields})
