"""Stage output folders: written into a temp folder, finished with manifest.json, then renamed.

Every vlmedge stage (calibrate, quantize, evaluate, export) writes its result through `stage_output`, so
a killed run never leaves a folder that looks complete, and every finished folder says what made it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import resource
import shutil
import signal
import sys
import time
import uuid
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Iterator

from vlmedge import __version__
from vlmedge.errors import VlmedgeError

MANIFEST_NAME = "manifest.json"
# Libraries whose versions decide what a stage produces; missing ones are recorded as null.
TRACKED_LIBRARIES = (
    "torch", "transformers", "datasets", "pillow", "pygments", "numpy", "llmcompressor",
    "compressed-tensors", "gguf", "llama_cpp_python", "onnx", "onnxruntime", "tree-sitter",
)
_TEMP_MARK = ".partial-"


def sha256_file(path: Path, chunk_bytes: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(chunk_bytes):
            digest.update(chunk)
    return digest.hexdigest()


def library_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {"python": platform.python_version(), "vlmedge": __version__}
    for name in TRACKED_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MiB.

    Linux's VmHWM, not getrusage: ru_maxrss carries the parent's peak into a process started by fork + exec
    (a spawned worker measured 1,514 MB ru_maxrss against 14 MB VmHWM under a 1.5 GB parent).
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # no /proc: macOS reports bytes, others KiB
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024.0


def peak_rss_children_mb() -> float:
    """The largest peak RSS among waited-for child processes (render workers, helper tools), in MiB; an upper
    bound, since Linux counts a child's inherited parent peak as its own."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


@dataclass
class StageRecord:
    """What goes into manifest.json besides the output file list, filled in while the stage runs."""

    stage: str
    parameters: dict[str, Any]
    inputs: dict[str, Any] = field(default_factory=dict)
    results: dict[str, Any] = field(default_factory=dict)


def prepare_output_dir(out: Path, overwrite: bool) -> None:
    """Refuse a non-empty output folder unless told to overwrite; checked before any work starts."""
    if out.exists() and not out.is_dir():
        raise VlmedgeError(f"--out {out} is a file, not a folder: choose a folder path")
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise VlmedgeError(f"--out {out} is not empty: choose another folder or pass --overwrite")


def _remove_stale_partials(parent: Path, name: str) -> None:
    # Leftovers of runs that were SIGKILLed; their names never look like a finished folder.
    for stale in parent.glob(f"{_TEMP_MARK}{name}-*"):
        shutil.rmtree(stale, ignore_errors=True)


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM into KeyboardInterrupt so `kill` cleans up like Ctrl-C does."""

    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def stage_output(out: Path, record: StageRecord, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temp folder beside `out`; on success write manifest.json into it and rename it to `out`.

    On any exception (Ctrl-C and SIGTERM included) the temp folder is removed and `out` is untouched.
    """
    out = Path(out).absolute()
    prepare_output_dir(out, overwrite)
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(out.parent, out.name)
    temp = out.parent / f"{_TEMP_MARK}{out.name}-{uuid.uuid4().hex[:8]}"
    started = time.time()
    # The handler is in place before the temp folder exists and until it is renamed or removed: a SIGTERM
    # whenever the folder is there cleans it up (one landing between mkdir and the handler once left it behind).
    with _sigterm_as_interrupt():
        temp.mkdir()
        try:
            yield temp
            manifest = {
                "stage": record.stage,
                "vlmedge_version": __version__,
                "created_unix": round(started, 3),
                "command": sys.argv,
                "parameters": record.parameters,
                "inputs": record.inputs,
                "results": record.results,
                "library_versions": library_versions(),
                "host": {"cpus": os.cpu_count(), "load_average": list(os.getloadavg()),
                         "platform": platform.platform()},
                "wall_time_s": round(time.time() - started, 3),
                "peak_rss_mb": round(peak_rss_mb(), 1),
                "peak_rss_children_mb": round(peak_rss_children_mb(), 1),
                "files": _file_table(temp),
            }
            (temp / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
            _replace(temp, out)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise


def _file_table(root: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rows.append({"path": path.relative_to(root).as_posix(), "bytes": path.stat().st_size,
                     "sha256": sha256_file(path)})
    return rows


def _replace(temp: Path, out: Path) -> None:
    if out.exists():
        trash = out.parent / f"{_TEMP_MARK}{out.name}-old-{uuid.uuid4().hex[:8]}"
        out.rename(trash)
        temp.rename(out)
        shutil.rmtree(trash, ignore_errors=True)
    else:
        temp.rename(out)
