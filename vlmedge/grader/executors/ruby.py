"""Ruby 3.1: a syntax check (`ruby -c`) first, so a syntax error is CE with its line."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended


@register
class RubyExecutor(Executor):
    name = "ruby"
    source_file = "main.rb"
    tools = ("ruby",)
    debian_packages = ("ruby",)
    address_space_extra_mb = 128
    memory_overhead_mb = 16

    def with_test(self, submission: str, test_code: str) -> Program:
        # A submission's `if __FILE__ == $0` block must not run.
        return appended(submission, '$0 = "vlmedge_submission"\n', "", test_code)

    def compile_argv(self, program: Program) -> list[str]:
        return ["ruby", "-c", self.source_file]

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return ["ruby", self.source_file]
