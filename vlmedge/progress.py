"""The one progress display of long steps: a rich bar on stderr; a no-op when disabled (tests, pipes)."""

from __future__ import annotations

from typing import Any


class _Bar:
    """What `with ProgressBar(...) as bar` yields: `bar()` advances one; `bar.update(done, info)` sets both."""

    def __init__(self, progress: Any = None, task: Any = None) -> None:
        self._progress, self._task = progress, task

    def __call__(self, steps: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, steps)

    def update(self, completed: int, info: str = "") -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=completed, info=info)


class ProgressBar:
    """`with ProgressBar(enabled, total, "label") as advance: ... advance()`; `start` for a resumed count and
    `info` for a text column (e.g. the loss) that `update` fills."""

    def __init__(self, enabled: bool, total: int, label: str, transient: bool = False, start: int = 0,
                 info: bool = False) -> None:
        self.enabled, self.total, self.label, self.transient = enabled, total, label, transient
        self.start, self.info = start, info

    def __enter__(self) -> _Bar:
        if not self.enabled:
            return _Bar()
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = [TextColumn(self.label), BarColumn(), MofNCompleteColumn()]
        if self.info:
            columns.append(TextColumn("{task.fields[info]}"))
        self.bar = Progress(*columns, TimeRemainingColumn(), transient=self.transient)
        self.bar.start()
        return _Bar(self.bar, self.bar.add_task(self.label, total=self.total, completed=self.start, info=""))

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.bar.stop()
