"""C# (Mono's mcs 6.8, run by mono)."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended

TEST_CLASS = "VlmedgeCodeTest"


@register
class CSharpExecutor(Executor):
    name = "csharp"
    source_file = "main.cs"
    tools = ("mcs", "mono")
    debian_packages = ("mono-mcs", "mono-runtime")
    address_space_extra_mb = 256
    memory_overhead_mb = 24

    def with_test(self, submission: str, test_code: str) -> Program:
        wrapped = appended(submission, "", f"class {TEST_CLASS} {{\nstatic void Main() {{\n", test_code, "}\n}\n")
        return Program(wrapped.source, wrapped.line_offset, wrapped.test_line, entry=TEST_CLASS)

    def compile_argv(self, program: Program) -> list[str]:
        entry = [f"-main:{program.entry}"] if program.entry else []
        return ["mcs", "-optimize+", "-out:main.exe", *entry, self.source_file]

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return ["mono", "main.exe"]
