"""Problems: one YAML file each (the bank ships in vlmedge/grader/bank/<id>/problem.yaml; any file on disk works),
checked against a pydantic schema so a broken field is one line naming it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Union

from pydantic import Field, field_validator, model_validator

from vlmedge.config import Strict, read_yaml
from vlmedge.errors import VlmedgeError

BANK_DIR = Path(__file__).resolve().parent / "bank"
LANGUAGES = ("c", "cpp", "csharp", "go", "java", "javascript", "kotlin", "php", "python", "ruby", "rust",
             "typescript")  # the 12 the dataset draws; vlmedge/grader/executors/ has one module each
CHECKERS = re.compile(r"^(exact|tokens|unordered-lines|float:(\d+(\.\d*)?|\.\d+)(e-?\d+)?)$")


class Limits(Strict):
    """Per test run. Compiling gets its own, larger limits (vlmedge/grader/executors/base.py)."""

    time_s: float = Field(2.0, gt=0, le=60)  # CPU seconds; wall clock gets twice this plus a second
    memory_mb: int = Field(256, ge=16, le=4096)


class Quality(Strict):
    """Thresholds of the code-quality notes (never part of the score)."""

    max_complexity: int = Field(10, ge=1)  # cyclomatic complexity per function
    max_function_lines: int = Field(60, ge=1)  # non-blank, non-comment lines per function


class IOTest(Strict):
    name: str
    weight: float = Field(1.0, gt=0)
    stdin: str = ""
    stdout: str


class CodeTest(Strict):
    """The submission followed by this code, per language, run as one program; it passes when it exits 0.
    Languages it names no code for skip it (their score counts only the tests that apply)."""

    name: str
    weight: float = Field(1.0, gt=0)
    code: dict[str, str]
    stdin: str = ""

    @field_validator("code")
    @classmethod
    def _known_languages(cls, code: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(code) - set(LANGUAGES))
        if unknown:
            raise ValueError(f"code for {', '.join(unknown)}: languages are {', '.join(LANGUAGES)}")
        return code


Test = Annotated[Union[IOTest, CodeTest], Field(union_mode="left_to_right")]


class Problem(Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: str
    statement: str  # markdown
    languages: list[str] = list(LANGUAGES)
    limits: Limits = Limits()
    checker: str = "tokens"
    quality: Quality = Quality()
    tests: list[Test] = Field(min_length=1)

    @field_validator("languages")
    @classmethod
    def _supported(cls, languages: list[str]) -> list[str]:
        unknown = sorted(set(languages) - set(LANGUAGES))
        if unknown:
            raise ValueError(f"{', '.join(unknown)} not supported: languages are {', '.join(LANGUAGES)}")
        return languages

    @field_validator("checker")
    @classmethod
    def _checker(cls, checker: str) -> str:
        if not CHECKERS.match(checker):
            raise ValueError("checker is one of exact, tokens, unordered-lines, float:TOLERANCE (e.g. float:1e-6)")
        return checker

    @model_validator(mode="after")
    def _unique_names(self) -> "Problem":
        names = [test.name for test in self.tests]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise ValueError(f"test names repeat: {', '.join(repeated)}")
        return self

    def tests_for(self, language: str) -> list[IOTest | CodeTest]:
        return [test for test in self.tests if isinstance(test, IOTest) or language in test.code]


def bank_ids() -> list[str]:
    return sorted(path.parent.name for path in BANK_DIR.glob("*/problem.yaml"))


def load_problem(id_or_path: str | Path) -> Problem:
    """A bank problem by id, or a problem YAML file anywhere on disk."""
    text = str(id_or_path)
    path = Path(text)
    if not text.endswith((".yaml", ".yml")):
        if text not in bank_ids():
            raise VlmedgeError(f"--problem {text} is not in the bank: use one of {', '.join(bank_ids())} or a "
                               "problem YAML file")
        path = BANK_DIR / text / "problem.yaml"
    return Problem.model_validate(read_yaml(path, Problem, "problem"))
