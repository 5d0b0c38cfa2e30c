"""CER and exact match: edge cases and aggregation per group."""

from __future__ import annotations

import pytest

from vlmedge.evaluate.metrics import aggregate, canonical, cer, score


def test_identical_and_empty() -> None:
    assert cer("x = 1", "x = 1") == 0.0
    assert cer("", "") == 0.0
    assert cer("", "junk") == 1.0  # something from nothing is all error
    assert cer("abc", "") == 1.0


def test_whitespace_modes() -> None:
    reference = "def f():\n    return 1"
    flattened = "def f():\nreturn 1"
    assert cer(reference, flattened) == pytest.approx(4 / len(reference))
    assert cer(reference, flattened, whitespace=False) == 0.0
    # Trailing spaces and outer blank lines are invisible in a screenshot, so they never count.
    assert cer(reference, "\n" + reference.replace("():", "():   ") + "\n\n") == 0.0
    assert canonical("a  \r\nb\t \n") == "a\nb"


def test_unicode_counts_characters_not_bytes() -> None:
    assert cer("# 计算总和", "# 计算总合") == pytest.approx(1 / 6)
    assert score("Привет", "Привет").exact


def test_aggregate_is_micro_averaged_per_group() -> None:
    rows = [({"language": "python"}, "abcd", "abcd"), ({"language": "python"}, "ab", "xb"),
            ({"language": "go"}, "a b", "ab")]
    result = aggregate(rows, ("language",))
    assert result["overall"]["ws"]["cer"] == pytest.approx(2 / 9)
    assert result["overall"]["nows"]["cer"] == pytest.approx(1 / 8)
    assert result["by_language"]["python"]["ws"] == {"cer": pytest.approx(1 / 6), "exact_match": 0.5, "samples": 2}
    assert result["by_language"]["go"]["nows"]["exact_match"] == 1.0
