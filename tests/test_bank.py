"""The problem bank, graded for real: every reference solution scores 1.0 in every language the problem takes,
and every known-wrong solution scores below 1.0 with the verdict it deserves."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vlmedge.grader.executors import all_executors
from vlmedge.grader.grade import grade
from vlmedge.grader.problem import BANK_DIR, bank_ids, load_problem
from vlmedge.grader.sandbox import available

pytestmark = pytest.mark.skipif(available() is not None, reason=f"no sandbox here: {available()}")
EXTENSIONS = {Path(executor.source_file).suffix: name for name, executor in all_executors().items()}
EXTENSIONS[".java"] = "java"


def solutions(problem_id: str) -> tuple[dict[str, Path], dict[Path, str]]:
    """(reference per language, wrong solution -> the verdict it must get)."""
    folder = BANK_DIR / problem_id / "solutions"
    references = {EXTENSIONS[path.suffix]: path for path in folder.glob("reference.*")}
    wrong = yaml.safe_load((folder / "wrong.yaml").read_text())
    return references, {folder / name: verdict for name, verdict in wrong.items()}


def test_the_bank_is_complete() -> None:
    assert len(bank_ids()) >= 24
    for problem_id in bank_ids():
        problem = load_problem(problem_id)
        references, wrong = solutions(problem_id)
        assert set(references) == set(problem.languages), f"{problem_id}: references for {sorted(references)}"
        assert len(wrong) >= 2 and all(path.is_file() for path in wrong), problem_id


@pytest.mark.parametrize("problem_id", bank_ids())
def test_references_score_full_and_wrong_ones_get_their_verdict(problem_id: str) -> None:
    problem = load_problem(problem_id)
    references, wrong = solutions(problem_id)
    for language, path in sorted(references.items()):
        result = grade(problem, code=path.read_text(), language=language)
        failing = [(test.name, test.verdict.value, test.message[:300]) for test in result.tests
                   if test.verdict.value != "AC"]
        assert result.score == 1.0, f"{path.name}: {failing}"
    for path, verdict in wrong.items():
        result = grade(problem, code=path.read_text(), language=EXTENSIONS[path.suffix])
        first = next(test for test in result.tests if test.verdict.value != "AC") if result.score < 1 else None
        assert first is not None, f"{path.name} scored 1.0"
        assert first.verdict.value == verdict, f"{path.name}: {first.name} got {first.verdict.value}: {first.message}"
