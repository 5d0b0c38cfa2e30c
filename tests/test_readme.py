"""Every measured table in the README says which command made it (the model card names the one script that writes
it), and every command either names exists: a figure anyone can rerun, and a rename that leaves a document pointing
nowhere fails here."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", ROOT / "models" / "vlmedge-tiny" / "MODEL_CARD.md"]
# A header with one of these columns holds measurements, not options.
MEASURED = re.compile(r"\b(ms|CER|MB|tok/s|speedup|RSS|per minute|rel L2|same)\b", re.IGNORECASE)
SCRIPT = re.compile(r"benchmarks/\w+\.py")
TARGET = re.compile(r"`make ([\w-]+)")


def tables(text: str) -> list[tuple[int, str, str]]:
    """(line number, header, caption) per table; the caption is the paragraph just above it."""
    lines = text.splitlines()
    found, index = [], 0
    while index < len(lines):
        if not lines[index].lstrip().startswith("|"):
            index += 1
            continue
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        start = above
        while start > 0 and lines[start - 1].strip() and not lines[start - 1].lstrip().startswith("|"):
            start -= 1
        found.append((index + 1, lines[index], " ".join(lines[start:above + 1])))
        while index < len(lines) and lines[index].lstrip().startswith("|"):
            index += 1
    return found


def make_targets() -> set[str]:
    return set(re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(), re.MULTILINE))


def test_every_measured_table_names_the_command_that_made_it() -> None:
    readme = DOCS[0]
    missing = [f"{readme.name}:{line} {header.strip()[:60]}" for line, header, caption in tables(readme.read_text())
               if MEASURED.search(header) and not (SCRIPT.search(caption) or TARGET.search(caption))]
    assert not missing, "tables without a benchmarks/ script or make target in their caption: " + "; ".join(missing)
    # The model card is written whole by one script, and says so.
    assert "python benchmarks/model_card.py" in DOCS[1].read_text()


def test_every_named_script_and_target_exists() -> None:
    targets = make_targets()
    assert {"test", "demo", "bench-gguf", "bench-onnx"} <= targets  # the parser reads this Makefile
    for doc in DOCS:
        text = doc.read_text()
        scripts = sorted(set(SCRIPT.findall(text)))
        assert scripts and all((ROOT / script).is_file() for script in scripts), \
            [script for script in scripts if not (ROOT / script).is_file()]
        assert not set(TARGET.findall(text)) - targets, set(TARGET.findall(text)) - targets


def test_the_checks_can_fail() -> None:
    text = "Measured by hand.\n\n| variant | p50 ms |\n|---|---|\n| a | 1 |\n"
    (line, header, caption), = tables(text)
    assert MEASURED.search(header) and not SCRIPT.search(caption) and not TARGET.search(caption)
    assert SCRIPT.search(tables("From `python benchmarks/x.py`:\n\n| CER |\n|---|\n")[0][2])
