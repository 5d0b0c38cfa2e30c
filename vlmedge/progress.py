"""One rich progress bar on stderr for long stages; a no-op when disabled (tests, pipes)."""

from __future__ import annotations

from typing import Callable


class ProgressBar:
    """`with ProgressBar(enabled, total, "label") as advance: ... advance()`."""

    def __init__(self, enabled: bool, total: int, label: str, transient: bool = False) -> None:
        self.enabled, self.total, self.label, self.transient = enabled, total, label, transient

    def __enter__(self) -> Callable[[], None]:
        if not self.enabled:
            return lambda: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            transient=self.transient)
        self.bar.start()
        task = self.bar.add_task(self.label, total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.bar.stop()
