"""C (gcc 12, GNU C17, -O2, libm)."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended

# A code test brings its own main(); the submission's is renamed away by the preprocessor.
RENAME_MAIN = "#define main vlmedge_submission_main\n"
TEST_MAIN = "#undef main\nint main(void) {\n"


@register
class CExecutor(Executor):
    name = "c"
    source_file = "main.c"
    tools = ("gcc",)
    debian_packages = ("gcc",)
    address_space_extra_mb = 16
    compiler = ("gcc", "-O2", "-std=gnu17", "-Wall", "-o", "main", "main.c", "-lm")

    def with_test(self, submission: str, test_code: str) -> Program:
        return appended(submission, RENAME_MAIN, TEST_MAIN, test_code, "return 0;\n}\n")

    def compile_argv(self, program: Program) -> list[str]:
        return list(self.compiler)

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return ["./main"]
