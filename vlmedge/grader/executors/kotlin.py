"""Kotlin (Debian's kotlinc 1.3 on OpenJDK 17), run on the JVM with the Kotlin standard library."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended, rename_main
from vlmedge.grader.executors.java import jvm

STDLIB = "/usr/share/kotlin/kotlinc/lib/kotlin-stdlib.jar"


@register
class KotlinExecutor(Executor):
    name = "kotlin"
    source_file = "main.kt"
    tools = ("kotlinc", "java")
    debian_packages = ("kotlin",)
    address_space_extra_mb = 1024
    memory_overhead_mb = 48

    def with_test(self, submission: str, test_code: str) -> Program:
        renamed = rename_main(submission, r"^(\s*)fun\s+main\s*\(", r"\1fun vlmedgeSubmissionMain(")
        return appended(renamed, "", "fun main() {\n", test_code, "}\n")

    def compile_argv(self, program: Program) -> list[str]:
        return ["kotlinc", self.source_file, "-d", "out"]

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return [*jvm(memory_mb), "-cp", f"out:{STDLIB}", "MainKt"]
