"""Language executors, one module each (DMOJ's layout): adding a language is adding a module that registers
an Executor."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from vlmedge.errors import VlmedgeError
from vlmedge.grader.executors.base import Executor

_REGISTRY: dict[str, Executor] = {}


def register(executor: type[Executor]) -> type[Executor]:
    _REGISTRY[executor.name] = executor()
    return executor


@lru_cache(maxsize=None)
def _load() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name != "base":
            importlib.import_module(f"{__name__}.{module.name}")


def all_executors() -> dict[str, Executor]:
    _load()
    return dict(sorted(_REGISTRY.items()))


def get_executor(name: str) -> Executor:
    executors = all_executors()
    if name not in executors:
        raise VlmedgeError(f"language {name!r} is not supported: use one of {', '.join(executors)}")
    return executors[name]
