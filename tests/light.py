"""Running code as a light install would: only the standard library and the modules a set of vlmedge's extras
brings can be imported; anything else fails as if it were not installed."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

REFUSE = """
import importlib.abc, sys
allowed = {allowed!r} | set(sys.stdlib_module_names)
class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] not in allowed and not name.startswith("_sysconfigdata"):  # stdlib, per platform
            raise ModuleNotFoundError(f"No module named {{name!r}} (not in the light install)", name=name)
sys.meta_path.insert(0, Refuse())
"""


def _key(name: str) -> str:
    return name.lower().replace("_", "-")


def install_modules(*extras: str) -> set[str]:
    """Top-level modules that `pip install 'vlmedge[EXTRAS]'` brings: the requirements vlmedge's metadata gives
    without an extra or with one of these, and theirs, recursively."""
    modules_of: dict[str, set[str]] = {}
    for module, distributions in metadata.packages_distributions().items():
        for distribution in distributions:
            modules_of.setdefault(_key(distribution), set()).add(module)
    todo, seen = [("vlmedge", extras)], set()
    while todo:
        name, wanted = todo.pop()
        if (name, wanted) in seen:
            continue
        seen.add((name, wanted))
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is None or any(requirement.marker.evaluate({"extra": extra})
                                                 for extra in ("", *wanted)):
                todo.append((_key(requirement.name), tuple(sorted(requirement.extras))))
    return {module for name, _ in seen for module in modules_of.get(name, ())} | {"vlmedge"}


def light_python(code: str, cwd: Path, allowed: set[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", REFUSE.format(allowed=allowed) + code], capture_output=True,
                          text=True, timeout=300, cwd=cwd)
