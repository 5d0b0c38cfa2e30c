"""JavaScript (Node.js 20): a syntax check (`node --check`) first; V8's heap capped at the problem's memory."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended

# A submission's `if (require.main === module) main();` must not run under a code test.
NOT_MAIN = "require.main = undefined;\n"


def node(memory_mb: int, script: str) -> list[str]:
    return ["node", f"--max-old-space-size={memory_mb}", script]


@register
class JavaScriptExecutor(Executor):
    name = "javascript"
    source_file = "main.js"
    tools = ("node",)
    debian_packages = ("nodejs",)
    address_space_extra_mb = 1280  # V8 reserves its code range and cage up front
    memory_overhead_mb = 48

    def with_test(self, submission: str, test_code: str) -> Program:
        return appended(submission, NOT_MAIN, "", test_code)

    def compile_argv(self, program: Program) -> list[str]:
        return ["node", "--check", self.source_file]

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return node(memory_mb, self.source_file)
