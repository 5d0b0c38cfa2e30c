"""Which language a submission is in, among the problem's: how cleanly tree-sitter parses it as each, plus the
idioms that tell look-alike languages apart (C from C++, JavaScript from TypeScript, Java from C# and Kotlin).
`benchmarks/grader_detect.py` measures it on the eval split, on the reference code and on model transcriptions."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from vlmedge.grader.problem import LANGUAGES

# Idioms and their weight: what a student's program in that language almost always has, and others rarely do.
HINTS: dict[str, tuple[tuple[str, float], ...]] = {
    "python": ((r"^\s*def \w+\(.*\)\s*(->.*)?:\s*$", 2), (r"^\s*(from \w+ )?import \w+\s*$", 1), (r"\bprint\(", 1),
               (r"^\s*(if|for|while|elif|else)\b.*:\s*$", 1), (r"\bself\b", 1), (r"\bNone\b|\bTrue\b|\bFalse\b", 1)),
    "c": ((r"#include\s*<(stdio|stdlib|string|math)\.h>", 3), (r"\b(printf|scanf|malloc|free)\s*\(", 2),
          (r"\bint main\s*\(", 1), (r"\bsize_t\b|\bconst \w+ \*", 2)),
    "cpp": ((r"#include\s*<(iostream|vector|string|algorithm|map|bits/stdc\+\+\.h)>", 3), (r"\bstd::", 3),
            (r"\b(cout|cin)\b", 2), (r"using namespace std", 3), (r"\bvector<", 2), (r"\bint main\s*\(", 1),
            (r"\bsize_t\b|\bconst \w+ ?&", 1)),
    "java": ((r"\bpublic (final )?class \w+", 1), (r"System\.(out|in)", 3), (r"public static void main", 2),
             (r"import java\.", 3), (r"\bString\b", 2), (r"\bboolean\b", 2), (r"for \([\w<>\[\]]+ \w+ : ", 2),
             (r"\.size\(\)|\.length\b", 1), (r"\bArrayList<|\bHashMap<", 2)),
    "kotlin": ((r"\bfun \w+\(", 3), (r"\bval \w+", 2), (r"\bvar \w+\s*[:=]", 1), (r"\breadLine\(\)", 2),
               (r"\bprintln\(", 1)),
    "csharp": ((r"using System", 3), (r"Console\.(Write|Read)", 3), (r"static void Main", 2), (r"\bnamespace\b", 1),
               (r"\bstring \w+", 2), (r"\bforeach \(", 3), (r"\bvar \w+ = ", 1),
               (r"\bstatic [\w<>\[\]]+ [A-Z]\w*\(", 2), (r"\.Count\b|\.Add\(", 1), (r"^\s*///", 1)),
    "go": ((r"^package \w+", 3), (r"\bfunc \w+\(", 2), (r":=", 1), (r"\bfmt\.", 3), (r"^import \(", 1)),
    "rust": ((r"\bfn \w+\(", 3), (r"\blet mut\b", 3), (r"\bprintln!", 3), (r"\bimpl\b|::new\(\)", 1), (r"&str\b", 1)),
    "javascript": ((r"\bconsole\.log\(", 2), (r"\bfunction \w+\(", 1), (r"\b(const|let) \w+\s*=", 1),
                   (r"\brequire\(", 2), (r"=>", 1)),
    "typescript": ((r"\bconsole\.log\(", 2), (r"\b(const|let) \w+\s*:\s*\w", 3),
                   (r"\)\s*:\s*(number|string|boolean|void)\b", 3), (r"\binterface \w+", 2),
                   (r"\w+\s*:\s*(number|string|boolean)(\[\])?\s*[,)=;]", 3)),
    "php": ((r"<\?php", 5), (r"\$\w+", 2), (r"\becho\b", 2), (r"\bfunction \w+\(", 1)),
    "ruby": ((r"^\s*def \w+[^:]*$", 2), (r"^\s*end\s*$", 2), (r"\bputs\b", 2), (r"\.each\b|\bdo \|", 2),
             (r"\bgets\b", 2)),
}
PARSE_WEIGHT = 4.0  # a clean parse is worth this many idiom points
SHARPNESS = 1.5  # softmax temperature of the confidence


@dataclass(frozen=True)
class Detection:
    language: str
    confidence: float  # the softmax share of its score among the candidates
    ranking: tuple[tuple[str, float], ...]  # every candidate and its share, best first


def _parse_score(language: str, code: str) -> float:
    from vlmedge.calibration.languages import get_language
    from vlmedge.calibration.parsing import syntax_errors

    lines = max(1, code.count("\n") + 1)
    return 1.0 - min(1.0, len(syntax_errors(get_language(language), code)) * 4 / lines)


def _hint_score(language: str, code: str) -> float:
    return sum(weight for pattern, weight in HINTS[language] if re.search(pattern, code, re.MULTILINE))


def detect(code: str, candidates: list[str] | None = None) -> Detection:
    languages = [language for language in (candidates or LANGUAGES) if language in HINTS]
    scores = {language: PARSE_WEIGHT * _parse_score(language, code) + _hint_score(language, code)
              for language in languages}
    top = max(scores.values())
    weights = {language: math.exp(SHARPNESS * (score - top)) for language, score in scores.items()}
    total = sum(weights.values())
    ranking = tuple(sorted(((language, weight / total) for language, weight in weights.items()),
                           key=lambda item: -item[1]))
    return Detection(ranking[0][0], ranking[0][1], ranking)
