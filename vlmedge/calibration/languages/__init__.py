"""The language registry: one module per programming language, found by scanning this package.

Adding a language is adding one module that calls `register(Language(...))`.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from vlmedge.errors import VlmedgeError

if TYPE_CHECKING:
    from vlmedge.calibration.languages.base import Syntax


@dataclass(frozen=True)
class Language:
    name: str  # registry key, lower case: "cpp", "csharp"
    display: str  # "C++"
    extensions: tuple[str, ...]  # file suffixes for --source, lower case with the dot
    pygments_lexer: str  # a Pygments lexer alias
    syntax: type["Syntax"]
    tree_sitter: tuple[str, str]  # (module, function returning the grammar) for parsing real sources
    tab_size: int = 4  # how tabs in this language's sources are expanded when drawn


_REGISTRY: dict[str, Language] = {}
_SKIP = {"base"}


def register(language: Language) -> Language:
    if language.name in _REGISTRY:
        raise ValueError(f"language {language.name!r} registered twice")
    _REGISTRY[language.name] = language
    return language


@lru_cache(maxsize=1)
def _load_all() -> None:
    for info in pkgutil.iter_modules(__path__):
        if info.name not in _SKIP:
            importlib.import_module(f"{__name__}.{info.name}")


def all_languages() -> dict[str, Language]:
    _load_all()
    return dict(sorted(_REGISTRY.items()))


def get_language(name: str) -> Language:
    languages = all_languages()
    key = name.strip().lower()
    if key not in languages:
        raise VlmedgeError(f"unknown language {name!r}: supported languages are {', '.join(languages)}")
    return languages[key]


def language_for_path(path: str) -> Language | None:
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
    for language in all_languages().values():
        if suffix in language.extensions:
            return language
    return None
