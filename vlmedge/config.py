"""YAML configs checked against pydantic models: a typo in a key, a wrong type or a missing field is one line
that names it (`stages.3.glyph_ctcc is not a key here (did you mean glyph_ctc?)`), before any work starts.

Loaders return the file's own mapping once it is valid (not the model's dump), so what a manifest records is
the config as written.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from vlmedge.errors import VlmedgeError


class Strict(BaseModel):
    """A config section: unknown keys are errors, numbers are not coerced from strings or booleans."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _keys(model: type[BaseModel]) -> set[str]:
    """Every field name of a model and the models nested in it, for suggesting what a mistyped key meant."""
    names: set[str] = set()
    todo, seen = [model], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for name, field in current.model_fields.items():
            names.add(name)
            annotation = field.annotation
            for inner in (annotation, *getattr(annotation, "__args__", ())):
                for candidate in (inner, *getattr(inner, "__args__", ())):
                    if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                        todo.append(candidate)
    return names


def describe(error: ValidationError, schema: type[BaseModel] | None = None) -> str:
    """The first problem as a phrase naming its place, with how many more there are; `schema` offers the closest
    known key for an unknown one."""
    problems = error.errors()
    # A mistyped key shows as an unknown key and, when required, a missing one: name the typo first.
    first = next((problem for problem in problems if problem["type"] == "extra_forbidden"), problems[0])
    where = ".".join(str(part) for part in first["loc"]) or "the top level"
    if first["type"] == "extra_forbidden":
        key = str(first["loc"][-1])
        close = difflib.get_close_matches(key, sorted(_keys(schema)), n=1) if schema else []
        text = f"{where} is not a key here" + (f" (did you mean {close[0]}?)" if close else "")
    elif first["type"] == "missing":
        text = f"{where} is missing"
    else:
        text = f"{where}: {first['msg'].lower()} (got {first.get('input')!r})"
    return text + (f"; {len(problems) - 1} more problem(s)" if len(problems) > 1 else "")


def check(data: Any, schema: type[BaseModel], where: str) -> Any:
    """`data` unchanged when it fits `schema`; else a VlmedgeError naming the first misfit."""
    try:
        schema.model_validate(data)
    except ValidationError as exc:
        raise VlmedgeError(f"{where}: {describe(exc, schema)}: fix the file") from None
    return data


def read_yaml(path: Path, schema: type[BaseModel], what: str, example: Path | None = None) -> Any:
    """A YAML file checked against `schema`; `what` names it in errors (e.g. `--budgets`)."""
    path = Path(path)
    if not path.is_file():
        hint = f": pass a YAML file like {example}" if example else ""
        raise VlmedgeError(f"{what} {path} does not exist{hint}")
    try:
        data = yaml.safe_load(path.read_text())
    except yaml.YAMLError as exc:
        raise VlmedgeError(f"{what} {path} is not valid YAML ({str(exc).splitlines()[0]}): fix the file") from None
    return check({} if data is None else data, schema, f"{what} {path}")
