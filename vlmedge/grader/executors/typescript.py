"""TypeScript (Debian's tsc 4.8) compiled to JavaScript and run by Node.js 20. Debian has no @types/node, so
the few Node globals a program reads input with are declared beside it; a type error is CE."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Program, appended
from vlmedge.grader.executors.javascript import NOT_MAIN, JavaScriptExecutor, node

NODE_GLOBALS = ("declare const require: any;\ndeclare const module: any;\ndeclare const process: any;\n"
                "declare const console: any;\ndeclare const Buffer: any;\n")
GLOBALS_FILE = "node-globals.d.ts"


@register
class TypeScriptExecutor(JavaScriptExecutor):
    name = "typescript"
    source_file = "main.ts"
    tools = ("tsc", "node")
    debian_packages = ("node-typescript", "nodejs")

    def with_test(self, submission: str, test_code: str) -> Program:
        return appended(submission, NOT_MAIN, "", test_code)

    def support_files(self) -> dict[str, str]:
        return {GLOBALS_FILE: NODE_GLOBALS}

    def compile_argv(self, program: Program) -> list[str]:
        return ["tsc", "--target", "es2020", "--module", "commonjs", "--lib", "es2020",
                "--outDir", "out", "--noEmitOnError", GLOBALS_FILE, self.source_file]

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return node(memory_mb, "out/main.js")
