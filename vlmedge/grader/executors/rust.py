"""Rust (Debian's rustc 1.63, edition 2021, -O)."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended, rename_main


@register
class RustExecutor(Executor):
    name = "rust"
    source_file = "main.rs"
    tools = ("rustc",)
    debian_packages = ("rustc",)
    address_space_extra_mb = 32

    def with_test(self, submission: str, test_code: str) -> Program:
        renamed = rename_main(submission, r"^fn\s+main\s*\(\s*\)", "#[allow(dead_code)] fn vlmedge_submission_main()")
        return appended(renamed, "", "fn main() {\n", test_code, "}\n")

    def compile_argv(self, program: Program) -> list[str]:
        return ["rustc", "-O", "--edition", "2021", "-o", "main", self.source_file]

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return ["./main"]
