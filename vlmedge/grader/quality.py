"""Code-quality notes beside the score, never in it: cyclomatic complexity and length per function, from lizard
(a well-kept multi-language analyzer), with a warning past the problem's thresholds."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from vlmedge.grader.executors import get_executor
from vlmedge.grader.problem import Quality


@dataclass(frozen=True)
class FunctionNote:
    name: str
    line: int
    complexity: int
    lines: int  # non-blank, non-comment
    warning: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def quality_notes(language: str, code: str, thresholds: Quality) -> list[FunctionNote]:
    import lizard

    # lizard picks its reader by file name, so analyse under the executor's own file name.
    info = lizard.analyze_file.analyze_source_code(get_executor(language).source_file, code)
    notes = []
    for function in info.function_list:
        warnings = []
        if function.cyclomatic_complexity > thresholds.max_complexity:
            warnings.append(f"cyclomatic complexity {function.cyclomatic_complexity} is over "
                            f"{thresholds.max_complexity}: split it into smaller functions")
        if function.nloc > thresholds.max_function_lines:
            warnings.append(f"{function.nloc} lines is over {thresholds.max_function_lines}: split it up")
        notes.append(FunctionNote(function.name, function.start_line, function.cyclomatic_complexity, function.nloc,
                                  "; ".join(warnings)))
    return notes
