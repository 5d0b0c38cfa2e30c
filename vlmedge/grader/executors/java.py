"""Java 17 (OpenJDK): the file is named after the submission's public class, as javac requires."""

from __future__ import annotations

import re

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended

TEST_CLASS = "VlmedgeCodeTest"
# RLIMIT_AS does not bound a JVM's heap (it reserves far more address space than it touches): -Xmx does, the
# rest keeps its reservations small and its threads few (RLIMIT_NPROC counts them).
JVM_FLAGS = ("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=32m",
             "-XX:CompressedClassSpaceSize=32m", "-Xss16m", "-Xshare:auto")


def jvm(memory_mb: int) -> list[str]:
    return ["java", f"-Xmx{memory_mb}m", *JVM_FLAGS]


def public_class(submission: str) -> str:
    found = re.search(r"^\s*public\s+(?:final\s+)?class\s+(\w+)", submission, re.MULTILINE) or \
        re.search(r"^\s*(?:final\s+)?class\s+(\w+)", submission, re.MULTILINE)
    return found.group(1) if found else "Main"


@register
class JavaExecutor(Executor):
    name = "java"
    source_file = "Main.java"
    tools = ("javac", "java")
    debian_packages = ("openjdk-17-jdk-headless",)
    address_space_extra_mb = 1024  # the JVM's reservations; -Xmx is the program's memory limit
    memory_overhead_mb = 48

    def program(self, submission: str, test_code: str | None = None) -> Program:
        name = public_class(submission)
        if test_code is None:
            return Program(submission, 0, None, file=f"{name}.java", entry=name)
        wrapped = appended(submission, "", f"class {TEST_CLASS} {{\npublic static void main(String[] args) throws "
                                           "Exception {\n", test_code, "}\n}\n")
        return Program(wrapped.source, 0, wrapped.test_line, file=f"{name}.java", entry=TEST_CLASS)

    def compile_argv(self, program: Program) -> list[str]:
        return ["javac", "-encoding", "UTF-8", "-J-Xshare:auto", "-d", ".", program.file or self.source_file]

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return [*jvm(memory_mb), "-cp", ".", program.entry or "Main"]
