"""PHP 8.2 CLI: a lint (`php -l`) first; its own memory_limit is the problem's."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended


@register
class PhpExecutor(Executor):
    name = "php"
    source_file = "main.php"
    tools = ("php",)
    debian_packages = ("php-cli",)
    address_space_extra_mb = 128
    memory_overhead_mb = 16

    def with_test(self, submission: str, test_code: str) -> Program:
        # Close whatever mode the submission ends in and reopen PHP for the test's code.
        return appended(submission, "", "?>\n<?php\n", test_code)

    def compile_argv(self, program: Program) -> list[str]:
        return ["php", "-l", self.source_file]

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return ["php", "-d", f"memory_limit={memory_mb}M", "-d", "display_errors=stderr", self.source_file]
