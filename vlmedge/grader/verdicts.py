"""Verdicts, and the rule that gives one to a finished run."""

from __future__ import annotations

import signal
from enum import Enum

from vlmedge.grader.executors.base import OUT_OF_MEMORY
from vlmedge.grader.sandbox import RunResult


class Verdict(str, Enum):
    AC = "AC"  # accepted
    WA = "WA"  # wrong answer (or a failed code test)
    TLE = "TLE"  # time limit: CPU time, or the wall clock for a program that sleeps or blocks
    MLE = "MLE"  # memory limit: peak resident memory, or the runtime ran out under its cap
    RE = "RE"  # runtime error: a crash, an uncaught exception, a non-zero exit
    CE = "CE"  # compile error (syntax errors of interpreted languages too)
    OLE = "OLE"  # output limit
    SE = "SE"  # the grader's own failure (a missing toolchain, the sandbox)

    @property
    def meaning(self) -> str:
        return MEANINGS[self]


MEANINGS = {Verdict.AC: "accepted", Verdict.WA: "wrong answer", Verdict.TLE: "time limit exceeded",
            Verdict.MLE: "memory limit exceeded", Verdict.RE: "runtime error", Verdict.CE: "compile error",
            Verdict.OLE: "output limit exceeded", Verdict.SE: "grader error"}


def limit_verdict(run: RunResult, time_s: float, memory_mb: int, overhead_mb: int, output_mb: int
                  ) -> Verdict | None:
    """TLE, MLE or OLE where the run hit a limit, else None (then the exit status and output decide). A peak over
    the memory limit wins over time: memory only grows, so it was broken first (a memory bomb spends CPU too)."""
    if run.peak_rss_kb > (memory_mb + overhead_mb) * 1024:
        return Verdict.MLE
    if run.timed_out or run.signal == signal.SIGXCPU or run.cpu_ms > time_s * 1000:
        return Verdict.TLE
    if run.exit_code != 0 and OUT_OF_MEMORY.search(run.stderr):
        return Verdict.MLE
    if run.signal == signal.SIGXFSZ or run.stdout_bytes >= output_mb << 20:
        return Verdict.OLE
    return None


def exit_message(run: RunResult) -> str:
    if run.signal:
        return f"killed by signal {run.signal} ({run.signal_name})"
    return f"exit code {run.exit_code}"
