"""Go 1.19 (Debian's golang-go): `go build` of the one file, its cache in the compile's private /tmp."""

from __future__ import annotations

from vlmedge.grader.executors import register
from vlmedge.grader.executors.base import Executor, Program, appended, rename_main


@register
class GoExecutor(Executor):
    name = "go"
    source_file = "main.go"
    tools = ("go",)
    debian_packages = ("golang-go",)
    address_space_extra_mb = 1024  # the Go runtime reserves its heap arenas' address space up front
    memory_overhead_mb = 8

    def with_test(self, submission: str, test_code: str) -> Program:
        renamed = rename_main(submission, r"^func\s+main\s*\(\s*\)", "func vlmedgeSubmissionMain()")
        return appended(renamed, "", "func main() {\n", test_code, "}\n")

    def compile_argv(self, program: Program) -> list[str]:
        return ["go", "build", "-o", "main", self.source_file]

    def env(self) -> dict[str, str]:
        return {"GOCACHE": "/tmp/go-cache", "GOPATH": "/tmp/go", "GO111MODULE": "off", "CGO_ENABLED": "0"}

    def run_argv(self, program: Program, memory_mb: int) -> list[str]:
        return ["./main"]
