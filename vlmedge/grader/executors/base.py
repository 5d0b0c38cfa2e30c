"""What every language executor says: its source file, how to compile and run it, how a code test joins the
submission, and how much address space its runtime needs beyond the program's own memory."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass

from vlmedge.grader.sandbox import Limits

# Compiling runs the toolchain, not the student: generous limits that still stop a template or include bomb.
COMPILE_LIMITS = Limits(cpu_s=60, wall_s=120, address_space_mb=None, processes=256, file_mb=64, open_files=512,
                        writable=True)
# Stderr patterns of a runtime that ran out of memory under RLIMIT_AS (or its own heap cap): MLE, not RE.
OUT_OF_MEMORY = re.compile(r"MemoryError|bad_alloc|OutOfMemory|out of memory|Out of memory|Cannot allocate memory|"
                           r"memory allocation of \d+ bytes failed|failed to allocate memory|"
                           r"Allowed memory size of \d+ bytes exhausted|heap limit|NoMemoryError")


@dataclass(frozen=True)
class Program:
    """What the grader writes into the run's folder and runs."""

    source: str  # the file's text
    line_offset: int  # lines the grader put before the submission (error lines map back by this)
    test_line: int | None  # first line of a code test's own code, if any (errors there are the test's)
    entry: str | None = None  # the class to run, where the language names one (Java, C# code tests)
    file: str | None = None  # the source's file name where it depends on the code (Java's public class)


class Executor:
    name: str
    source_file: str
    tools: tuple[str, ...]  # binaries the toolchain needs, checked before grading (a missing one is SE)
    debian_packages: tuple[str, ...]
    address_space_extra_mb: int | None = 64  # None: no RLIMIT_AS, the runtime's own flag caps the heap
    memory_overhead_mb: int = 0  # the runtime's own resident memory, allowed on top of the problem's limit

    def program(self, submission: str, test_code: str | None = None) -> Program:
        """The source for a plain run, or the submission followed by a code test as one program."""
        if test_code is None:
            return Program(submission, 0, None)
        return self.with_test(submission, test_code)

    def with_test(self, submission: str, test_code: str) -> Program:
        raise NotImplementedError

    def compile_argv(self, program: Program) -> list[str] | None:
        """The compile (or syntax check) command, run in the folder holding `source_file`; None: nothing to do."""
        return None

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        raise NotImplementedError

    def env(self) -> dict[str, str]:
        return {}

    def support_files(self) -> dict[str, str]:
        """Files the grader writes beside the source (e.g. declarations the compiler needs)."""
        return {}

    def missing_tools(self) -> list[str]:
        return [tool for tool in self.tools if shutil.which(tool, path="/usr/bin:/bin") is None]

    def address_space_mb(self, memory_mb: int) -> int | None:
        return None if self.address_space_extra_mb is None else memory_mb + self.address_space_extra_mb


def appended(submission: str, prefix: str, middle: str, test_code: str, suffix: str = "") -> Program:
    """prefix + submission + middle + test code + suffix, with where each part starts."""
    head = prefix + submission.rstrip("\n") + "\n" + middle
    return Program(head + test_code.rstrip("\n") + "\n" + suffix, prefix.count("\n"), head.count("\n") + 1)


def rename_main(submission: str, pattern: str, replacement: str) -> str:
    """The submission with its entry point renamed, so a code test can bring its own."""
    return re.sub(pattern, replacement, submission, count=1, flags=re.MULTILINE)
