"""Real code from the user's folders, files or globs, cut into snippets at function or statement boundaries."""

from __future__ import annotations

import glob
import hashlib
import random
import sysconfig
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vlmedge.calibration.languages import Language, all_languages, language_for_path
from vlmedge.calibration.parsing import Span, grow_span, statement_pieces
from vlmedge.errors import VlmedgeError

MAX_FILE_BYTES = 2_000_000  # bigger files are generated or vendored code, not what students write
SKIP_DIRS = {".git", "node_modules", "__pycache__", ".venv", "venv", "target", "build", "dist", ".tox",
             "site-packages", "dist-packages"}
# Places a recipe can name without knowing the machine's layout: this Python's standard library and C headers.
PLACES = {"stdlib": sysconfig.get_paths()["stdlib"], "include": sysconfig.get_paths()["include"]}


def place(spec: str) -> str:
    """`spec` with {stdlib} and {include} replaced by this Python's folders."""
    return spec.format_map(PLACES)


@dataclass
class SourceFile:
    path: str
    language: Language
    text: str
    pieces: list[Span]
    source_id: str  # content hash: the same program under two paths is one program

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass
class SourcePool:
    files: list[SourceFile] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count

    def by_language(self) -> dict[str, list[SourceFile]]:
        out: dict[str, list[SourceFile]] = {}
        for f in self.files:
            out.setdefault(f.language.name, []).append(f)
        return out

    def split(self, eval_fraction: float) -> tuple["SourcePool", "SourcePool"]:
        """Disjoint by program: each file goes wholly to calibration or to eval, decided by its hash."""
        calib, evaluation = SourcePool(skipped=self.skipped), SourcePool(skipped=self.skipped)
        for language_files in self.by_language().values():
            ordered = sorted(language_files, key=lambda f: f.source_id)
            n_eval = round(len(ordered) * eval_fraction) if len(ordered) > 1 else 0
            if len(ordered) > 1 and eval_fraction > 0:
                n_eval = min(len(ordered) - 1, max(1, n_eval))
            evaluation.files += ordered[:n_eval]
            calib.files += ordered[n_eval:]
        return calib, evaluation


def is_glob(spec: str) -> bool:
    return any(ch in spec for ch in "*?[")


def _expand(spec: str) -> list[Path]:
    if is_glob(spec):
        return [Path(p) for p in sorted(glob.glob(spec, recursive=True)) if Path(p).is_file()]
    path = Path(spec)
    if not path.exists():
        raise VlmedgeError(f"--source {spec} does not exist: pass a folder, a file or a quoted glob")
    if path.is_file():
        return [path]
    # Below the folder asked for, not above it: asking for a site-packages folder itself still reads it.
    return sorted(p for p in path.rglob("*")
                  if p.is_file() and not SKIP_DIRS.intersection(p.relative_to(path).parts))


def _under(path: Path, folders: list[Path]) -> bool:
    return any(path == folder or folder in path.parents for folder in folders)


def collect_sources(specs: list[str], languages: list[str], max_lines: int,
                    exclude: tuple[str, ...] = ()) -> SourcePool:
    """Code files of `languages` under `specs`, except those under an `exclude` folder or file."""
    pool = SourcePool()
    wanted = set(languages)
    excluded = [Path(spec).resolve() for spec in exclude]
    seen: set[str] = set()
    candidates = 0
    for spec in specs:
        for path in _expand(spec):
            language = language_for_path(path.name)
            if language is None or language.name not in wanted:
                continue
            if excluded and _under(path.resolve(), excluded):
                pool.skipped["excluded"] += 1
                continue
            candidates += 1
            data = path.read_bytes()
            if len(data) > MAX_FILE_BYTES:
                pool.skipped["too_large"] += 1
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pool.skipped["undecodable"] += 1
                continue
            if "\x00" in text:
                pool.skipped["binary"] += 1
                continue
            source_id = "src:" + hashlib.sha256(data).hexdigest()[:16]
            if source_id in seen:
                pool.skipped["duplicate"] += 1
                continue
            seen.add(source_id)
            pieces = statement_pieces(language, text, max_lines)
            if not pieces:
                pool.skipped["no_snippet"] += 1
                continue
            pool.files.append(SourceFile(str(path), language, text, pieces, source_id))
    if not candidates:
        extensions = sorted({ext for lang in all_languages().values() if lang.name in wanted
                             for ext in lang.extensions})
        raise VlmedgeError(f"--source {' '.join(specs)} holds no code files for the selected languages "
                           f"(looked for {', '.join(extensions)})")
    if not pool.files:
        raise VlmedgeError(f"--source {' '.join(specs)}: none of {candidates} code files could be used "
                           f"({dict(pool.skipped)}); pass UTF-8 source files")
    return pool


def pick_snippet(source: SourceFile, rng: random.Random, target_lines: int) -> str:
    """Whole statements from a random place, dedented as a student would paste them into an editor."""
    first = rng.randrange(len(source.pieces))
    span = grow_span(source.pieces, first, target_lines)
    lines = [line.expandtabs(source.language.tab_size) for line in source.lines[span.start:span.end]]
    return textwrap.dedent("\n".join(lines))
