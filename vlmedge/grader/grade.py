"""`grade(problem, image | code)`: a screenshot read by any runtime (or code as it is), its language found when not
given, a syntax check, the judge, and the result with feedback a student can act on."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable

from PIL import Image

from vlmedge.errors import VlmedgeError
from vlmedge.grader.detect import detect
from vlmedge.grader.feedback import clip, head, syntax_notes
from vlmedge.grader.judge import Outcome, judge
from vlmedge.grader.problem import LANGUAGES, Problem
from vlmedge.grader.quality import FunctionNote, quality_notes
from vlmedge.grader.verdicts import Verdict
from vlmedge.runtime.base import Runtime

MAX_CODE_BYTES = 64 * 1024
SHOWN_FAILURES = 3  # failing tests spelled out in the feedback


@dataclass
class GradeResult:
    problem: str
    language: str
    code: str
    score: float  # weighted share of AC tests, 0..1
    passed: int
    total: int
    tests: list[Outcome]
    feedback: list[str]
    timings: dict[str, float]
    transcribed: bool = False  # the code was read from a screenshot
    language_confidence: float | None = None  # when it was detected, not given
    quality: list[FunctionNote] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"problem": self.problem, "language": self.language, "code": self.code, "score": round(self.score, 4),
                "passed": self.passed, "total": self.total, "tests": [test.as_dict() for test in self.tests],
                "feedback": self.feedback, "timings": {k: round(v, 1) for k, v in self.timings.items()},
                "transcribed": self.transcribed, "language_confidence": self.language_confidence,
                "quality": [note.as_dict() for note in self.quality]}


def _language(problem: Problem, code: str, language: str | None) -> tuple[str, float | None, list[str]]:
    if language is not None:
        if language not in LANGUAGES:
            raise VlmedgeError(f"language {language!r} is not supported: use one of {', '.join(LANGUAGES)}")
        if language not in problem.languages:
            raise VlmedgeError(f"problem {problem.id} does not take {language}: it takes "
                               f"{', '.join(problem.languages)}")
        return language, None, []
    found = detect(code, problem.languages)
    runner_up = f"; next {found.ranking[1][0]} {found.ranking[1][1]:.2f}" if len(found.ranking) > 1 else ""
    note = (f"language: {found.language}, detected (confidence {found.confidence:.2f}{runner_up}); pass --language "
            "to choose it yourself")
    return found.language, round(found.confidence, 4), [note]


def _feedback(result: GradeResult, compile_message: str, syntax: list[str]) -> list[str]:
    lines = []
    if result.transcribed:
        lines.append(f"the code was read from the screenshot ({result.code.count(chr(10)) + 1} lines, shown in "
                     "`code`): a misread line shows up as an error on that line; compare it with your screenshot")
    if compile_message and any(test.verdict is Verdict.CE for test in result.tests):
        lines.append("compile error:\n" + head(compile_message))
    lines += syntax if any(test.verdict in (Verdict.CE, Verdict.RE) for test in result.tests) else []
    failing = [test for test in result.tests if test.verdict is not Verdict.AC]
    for test in failing[:SHOWN_FAILURES]:
        if test.verdict is Verdict.CE and compile_message:
            continue  # said once above
        text = f"test {test.name}: {test.verdict.meaning}" + (f": {test.message}" if test.message else "")
        if test.verdict is Verdict.WA and test.expected != "exit code 0":
            text += f"\n  input: {clip(test.input, 200)!r}\n  expected: {clip(test.expected, 200)!r}\n  got: " \
                    f"{clip(test.actual, 200)!r}"
        lines.append(text)
    if len(failing) > SHOWN_FAILURES:
        lines.append(f"... and {len(failing) - SHOWN_FAILURES} more failing tests (see `tests`)")
    lines += [f"quality: {note.name} (line {note.line}): {note.warning}" for note in result.quality if note.warning]
    lines.append(f"passed {result.passed} of {result.total} tests: score {result.score:.2f}")
    return lines


def grade(problem: Problem, code: str | None = None, image: Image.Image | None = None, language: str | None = None,
          runtime: Runtime | None = None, workers: int = 0, enhance: bool = False,
          reader: Callable[[Image.Image], str] | None = None) -> GradeResult:
    """Grade code, or a screenshot of code read by `runtime` (`enhance`: contrast and denoise first; off by default
    because it read degraded screenshots worse, benchmarks/grader_enhance.py). Exit paths: VlmedgeError for bad
    input (nothing is run); otherwise a result, whatever the score. `reader` reads the screenshot instead of
    `runtime` (the service's cached, locked reading)."""
    if (code is None) == (image is None):
        raise VlmedgeError("give the code or a screenshot of it, one of the two")
    timings: dict[str, float] = {}
    if image is not None:
        if runtime is None and reader is None:
            raise VlmedgeError("a screenshot needs a runtime to read it: pass --model")
        began = time.perf_counter()
        if enhance:
            from vlmedge.screenshots.enhance import enhance as enhanced

            image = enhanced(image)
        code = reader(image) if reader else runtime.transcribe([image])[0].text  # type: ignore[union-attr]
        timings["transcribe_ms"] = (time.perf_counter() - began) * 1000
    assert code is not None
    if len(code.encode("utf-8")) > MAX_CODE_BYTES:
        raise VlmedgeError(f"the code is {len(code.encode('utf-8')):,} bytes, over the {MAX_CODE_BYTES:,} a "
                           "submission may have: send the program alone")
    if not code.strip() and image is None:
        raise VlmedgeError("the code is empty: send the program's source")
    chosen, confidence, notes = _language(problem, code, language)
    syntax = syntax_notes(chosen, code)
    judged = judge(problem, chosen, code, workers)
    timings.update({"compile_ms": judged.compile_ms, "run_ms": judged.run_ms})
    total_weight = sum(test.weight for test in judged.tests) or 1.0
    passed = [test for test in judged.tests if test.verdict is Verdict.AC]
    result = GradeResult(problem.id, chosen, code, sum(test.weight for test in passed) / total_weight, len(passed),
                         len(judged.tests), judged.tests, [], timings, image is not None, confidence,
                         quality_notes(chosen, code, problem.quality))
    result.feedback = notes + _feedback(result, judged.compile_message, syntax)
    return result
