"""Python 3 (Debian's /usr/bin/python3): byte-compiled first, so a syntax error is CE with its line."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended


@register
class PythonExecutor(Executor):
    name = "python"
    source_file = "main.py"
    tools = ("python3",)
    debian_packages = ("python3",)
    address_space_extra_mb = 64
    memory_overhead_mb = 10

    def with_test(self, submission: str, test_code: str) -> Program:
        # The submission's `if __name__ == "__main__":` block must not run (it would read stdin).
        return appended(submission, '__name__ = "vlmedge_submission"\n', '__name__ = "__main__"\n', test_code)

    def compile_argv(self, program: Program) -> list[str]:
        return ["/usr/bin/python3", "-m", "py_compile", self.source_file]

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return ["/usr/bin/python3", "-B", self.source_file]
