"""The grader as users meet it: problem files (bank or anywhere), checkers, bad input, feedback, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from vlmedge.errors import VlmedgeError
from vlmedge.grader.checkers import get_checker
from vlmedge.grader.executors import all_executors, get_executor
from vlmedge.grader.grade import grade
from vlmedge.grader.problem import LANGUAGES, bank_ids, load_problem
from vlmedge.grader.sandbox import available

needs_sandbox = pytest.mark.skipif(available() is not None, reason=f"no sandbox here: {available()}")

# A problem from outside the bank, written as a teacher would, with Python code tests.
OUTSIDE = """\
id: words-longest
title: The longest word
statement: |
  Define `longest(words)` returning the longest word of a list (the first one on ties), and a program that reads
  one line of words and prints the longest.
languages: [python, javascript]
limits: {time_s: 2, memory_mb: 128}
checker: exact
tests:
  - {name: one, stdin: "a bb ccc\\n", stdout: "ccc\\n"}
  - {name: tie, weight: 2, stdin: "dog cat\\n", stdout: "dog\\n"}
  - name: function-ties
    weight: 2
    code:
      python: |
        assert longest(["ab", "cd"]) == "ab"
        assert longest(["x"]) == "x"
  - name: function-empty-string
    code:
      python: assert longest(["", "a"]) == "a"
"""
GOOD = """\
def longest(words):
    best = words[0]
    for word in words[1:]:
        if len(word) > len(best):
            best = word
    return best


if __name__ == "__main__":
    print(longest(input().split()))
"""
WRONG_TIES = GOOD.replace("len(word) > len(best)", "len(word) >= len(best)")


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vlmedge.cli", *args], capture_output=True, text=True, timeout=600,
                          cwd=cwd)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    path = tmp_path / "longest.yaml"
    path.write_text(OUTSIDE)
    return path


@needs_sandbox
def test_a_problem_from_outside_the_bank_with_python_code_tests(outside: Path, tmp_path: Path) -> None:
    problem = load_problem(outside)
    good = grade(problem, code=GOOD, language="python")
    assert good.score == 1.0 and good.passed == good.total == 4, [(t.name, t.verdict, t.message) for t in good.tests]
    wrong = grade(problem, code=WRONG_TIES, language="python")
    verdicts = {test.name: test.verdict.value for test in wrong.tests}
    assert verdicts == {"one": "AC", "tie": "WA", "function-ties": "WA", "function-empty-string": "AC"}
    assert wrong.score == pytest.approx(2 / 6)
    tie = next(test for test in wrong.tests if test.name == "tie")
    assert tie.expected == "dog\n" and tie.actual == "cat\n" and "line 1 differs" in tie.message
    failed = next(test for test in wrong.tests if test.name == "function-ties")
    assert "AssertionError" in failed.message and "line 1 of the test code" in failed.message
    # The CLI prints the same as one JSON object, and exits 0 whatever the score.
    (tmp_path / "wrong.py").write_text(WRONG_TIES)
    printed = cli("grade", "--problem", str(outside), "--code", str(tmp_path / "wrong.py"), "--json")
    assert printed.returncode == 0, printed.stderr
    result = json.loads(printed.stdout)
    assert result["score"] == pytest.approx(2 / 6, abs=1e-4)
    assert result["language"] == "python" and result["passed"] == 2
    assert set(result["tests"][0]) >= {"name", "verdict", "weight", "time_ms", "memory_kb", "input", "expected",
                                       "actual", "message"}
    assert set(result["timings"]) >= {"compile_ms", "run_ms"}
    assert any("detected" in line for line in result["feedback"])


@needs_sandbox
def test_feedback_points_at_the_students_lines() -> None:
    problem = load_problem(bank_ids()[0])
    broken = "#include <stdio.h>\nint main(void) {\n    int x = 1\n    printf(\"%d\\n\", x);\n}\n"
    result = grade(problem, code=broken, language="c")
    assert {test.verdict.value for test in result.tests} == {"CE"} and result.score == 0
    compile_error = next(line for line in result.feedback if line.startswith("compile error"))
    assert "main.c:3:" in compile_error or "main.c:4:" in compile_error, compile_error
    assert any(line.startswith("syntax: line 3") for line in result.feedback), result.feedback
    crash = "import sys\n\n\ndef main():\n    print(1 // 0)\n\n\nmain()\n"
    result = grade(problem, code=crash, language="python")
    assert result.tests[0].verdict.value == "RE" and 'main.py", line 5' in result.tests[0].message


@needs_sandbox
def test_a_missing_toolchain_is_a_grader_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_executor("go"), "tools", ("go-compiler-not-installed",))
    result = grade(load_problem(bank_ids()[0]), code="package main\nfunc main() {}\n", language="go")
    assert {test.verdict.value for test in result.tests} == {"SE"}
    assert "go-compiler-not-installed" in result.tests[0].message and "apt-get install golang-go" in \
        result.tests[0].message


@pytest.mark.parametrize("spec, expected, actual, accepted", [
    ("exact", "1 2\n3\n", "1 2  \n3\n\n", True),
    ("exact", "1 2\n3\n", "1  2\n3\n", False),
    ("tokens", "1 2\n3\n", "1\n2 3", True),
    ("tokens", "1 2 3", "1 2", False),
    ("float:1e-6", "0.333333 2", "0.3333334 2.0000001", True),
    ("float:1e-6", "0.333333", "0.3334", False),
    ("float:1e-3", "nan", "nan", True),
    ("unordered-lines", "a b\nc d\n", "c d\n\na b\n", True),
    ("unordered-lines", "a b\nc d\n", "a b\na b\n", False),
])
def test_checkers(spec: str, expected: str, actual: str, accepted: bool) -> None:
    assert (get_checker(spec)(expected, actual) is None) == accepted


def test_every_language_has_an_executor() -> None:
    assert tuple(all_executors()) == tuple(sorted(LANGUAGES))


@pytest.mark.parametrize("change, message", [
    ({"id": "Bad Id"}, "id: string should match pattern"),
    ({"checker": "fuzzy"}, "checker: value error, checker is one of exact"),
    ({"languages": ["python", "cobol"]}, "languages: value error, cobol not supported"),
    ({"limits": {"time_s": 2, "memory_mb": 256, "disk_mb": 5}}, "limits.disk_mb is not a key here"),
    ({"tests": [{"name": "a", "stdin": "1", "stdout": "1", "weigth": 2}]}, "tests.0"),
    ({"tests": []}, "tests: list should have at least 1 item"),
])
def test_a_problem_file_that_breaks_the_schema_is_one_line(outside: Path, change: dict, message: str) -> None:
    import yaml

    data = {**yaml.safe_load(outside.read_text()), **change}
    outside.write_text(yaml.safe_dump(data))
    with pytest.raises(VlmedgeError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        load_problem(outside)
    assert "\n" not in str(caught.value) and str(outside) in str(caught.value)


def test_bad_input_from_the_command_line(tmp_path: Path, outside: Path) -> None:
    code = tmp_path / "a.py"
    code.write_text(GOOD)
    unknown = cli("grade", "--problem", "no-such-problem", "--code", str(code))
    assert unknown.returncode == 2 and "is not in the bank: use one of" in unknown.stderr
    assert bank_ids()[0] in unknown.stderr
    language = cli("grade", "--problem", str(outside), "--code", str(code), "--language", "cobol")
    assert language.returncode == 2 and "'cobol' is not supported: use one of c, cpp" in language.stderr
    not_taken = cli("grade", "--problem", str(outside), "--code", str(code), "--language", "rust")
    assert not_taken.returncode == 2 and "does not take rust: it takes python, javascript" in not_taken.stderr
    big = tmp_path / "big.py"
    big.write_text("x = 1\n" * 20000)
    too_big = cli("grade", "--problem", str(outside), "--code", str(big))
    assert too_big.returncode == 2 and "over the 65,536 a submission may have" in too_big.stderr
    both = cli("grade", "--problem", str(outside), "--code", str(code), "--image", str(code))
    assert both.returncode == 2 and "one of the two" in both.stderr
    for result in (unknown, language, not_taken, too_big, both):
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_images_that_are_not_screenshots_are_refused(tmp_path: Path, outside: Path) -> None:
    (tmp_path / "text.png").write_text("not an image")
    (tmp_path / "empty.png").write_bytes(b"")
    Image.new("RGB", (200, 100), "white").save(tmp_path / "ok.png")
    (tmp_path / "cut.png").write_bytes((tmp_path / "ok.png").read_bytes()[:60])
    # A decompression bomb: a tiny PNG that claims 40000 x 40000 pixels.
    Image.new("1", (40000, 40000)).save(tmp_path / "bomb.png", optimize=True)
    expected = {"text.png": "is not an image vlmedge can read", "empty.png": "is empty",
                "cut.png": "truncated or corrupt", "bomb.png": "claims 1,600,000,000 pixels, over the 40,000,000"}
    assert (tmp_path / "bomb.png").stat().st_size < 1_000_000
    for name, message in expected.items():
        result = cli("grade", "--problem", str(outside), "--image", str(tmp_path / name), "--model", "tesseract")
        assert result.returncode == 2 and message in result.stderr, (name, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1


def test_problems_lists_the_bank() -> None:
    listed = cli("problems")
    assert listed.returncode == 0 and len(bank_ids()) >= 24
    assert all(problem_id in listed.stdout for problem_id in bank_ids())
