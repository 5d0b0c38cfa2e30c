"""Judging code against a problem's tests: compile once (each code test joins the submission in a build of its
own), run every test from that build in the sandbox, in parallel up to the core count, and give each a verdict."""

from __future__ import annotations

import os
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from vlmedge.errors import VlmedgeError
from vlmedge.grader import sandbox
from vlmedge.grader.checkers import get_checker
from vlmedge.grader.executors import get_executor
from vlmedge.grader.executors.base import COMPILE_LIMITS, Executor, Program
from vlmedge.grader.feedback import clip, head, map_lines, output_diff, tail
from vlmedge.grader.problem import CodeTest, IOTest, Problem
from vlmedge.grader.verdicts import Verdict, exit_message, limit_verdict
from vlmedge.threads import cpu_threads

OUTPUT_MB = 16  # a run's stdout (and any file it writes) past this is OLE


@dataclass
class Outcome:
    name: str
    verdict: Verdict
    weight: float
    time_ms: float  # CPU time
    memory_kb: int  # peak resident memory
    input: str  # stdin, or a code test's code
    expected: str
    actual: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "verdict": self.verdict.value, "time_ms": round(self.time_ms, 1)}


@dataclass
class Build:
    program: Program
    folder: Path
    ok: bool
    message: str  # the compiler's output, lines mapped into the submission
    ms: float


@dataclass
class Judged:
    tests: list[Outcome]
    compile_ms: float
    run_ms: float
    compile_message: str  # of the plain build; "" when it compiled cleanly


def _write(folder: Path, executor: Executor, program: Program) -> None:
    folder.mkdir(mode=0o755)
    (folder / (program.file or executor.source_file)).write_text(program.source)
    for name, text in executor.support_files().items():
        (folder / name).write_text(text)


def _compile(executor: Executor, program: Program, folder: Path) -> Build:
    _write(folder, executor, program)
    argv = executor.compile_argv(program)
    if argv is None:
        return Build(program, folder, True, "", 0.0)
    result = sandbox.run(argv, folder, COMPILE_LIMITS, env=executor.env())
    output = map_lines((result.stdout + "\n" + result.stderr).strip(), program)
    if result.timed_out or result.signal:
        return Build(program, folder, False, f"the compiler stopped ({exit_message(result)}): {tail(output)}",
                     result.wall_ms)
    return Build(program, folder, result.exit_code == 0, output if result.exit_code else "", result.wall_ms)


def _failure(test: IOTest | CodeTest, language: str, verdict: Verdict, message: str) -> Outcome:
    shown = test.stdin if isinstance(test, IOTest) else test.code.get(language, "")
    return Outcome(test.name, verdict, test.weight, 0.0, 0, clip(shown),
                      clip(test.stdout) if isinstance(test, IOTest) else "exit code 0", "", message)


def _run(problem: Problem, executor: Executor, build: Build, test: IOTest | CodeTest, language: str) -> Outcome:
    if not build.ok:
        return _failure(test, language, Verdict.CE, head(build.message))
    memory = problem.limits.memory_mb
    limits = sandbox.Limits(cpu_s=problem.limits.time_s, wall_s=2 * problem.limits.time_s + 1,
                            address_space_mb=executor.address_space_mb(memory), file_mb=OUTPUT_MB)
    try:
        run = sandbox.run(executor.run_argv(build.program, memory), build.folder, limits, stdin=test.stdin,
                          env=executor.env())
    except (VlmedgeError, OSError) as exc:
        return _failure(test, language, Verdict.SE, f"the sandbox failed: {exc}")
    is_io = isinstance(test, IOTest)
    shown_input = test.stdin if is_io else test.code[language]
    expected = test.stdout if is_io else "exit code 0"
    actual, message = run.stdout, ""
    verdict = limit_verdict(run, problem.limits.time_s, memory, executor.memory_overhead_mb, OUTPUT_MB)
    if verdict is Verdict.TLE:
        message = (f"still running after {run.wall_ms / 1000:.1f} s of wall clock" if run.timed_out else
                   f"ran {run.cpu_ms / 1000:.2f} s of CPU") + f"; the limit is {problem.limits.time_s:g} s"
    elif verdict is Verdict.MLE:
        message = f"peak memory {run.peak_rss_kb / 1024:.0f} MB; the limit is {memory} MB"
    elif verdict is Verdict.OLE:
        message = f"printed more than {OUTPUT_MB} MB"
    elif not is_io:
        verdict = Verdict.AC if run.exit_code == 0 else Verdict.WA
        if verdict is Verdict.WA:
            message = f"the test code failed ({exit_message(run)}): {map_lines(tail(run.stderr), build.program)}"
        actual = exit_message(run)
    elif run.exit_code != 0:
        verdict = Verdict.RE
        message = f"{exit_message(run)}: {map_lines(tail(run.stderr), build.program)}".rstrip(": ")
    else:
        mismatch = get_checker(problem.checker)(test.stdout, run.stdout)
        verdict = Verdict.AC if mismatch is None else Verdict.WA
        if mismatch:
            message = mismatch + ("\n" + diff if (diff := output_diff(test.stdout, run.stdout)) else "")
    return Outcome(test.name, verdict, test.weight, run.cpu_ms, run.peak_rss_kb, clip(shown_input),
                      clip(expected), clip(actual), message)


def judge(problem: Problem, language: str, code: str, workers: int = 0) -> Judged:
    executor = get_executor(language)
    tests = problem.tests_for(language)
    missing = executor.missing_tools()
    reason = sandbox.available() or (f"the {language} toolchain is missing ({', '.join(missing)}): apt-get install "
                                     f"{' '.join(executor.debian_packages)} (or `make setup`)" if missing else None)
    if reason:
        return Judged([_failure(test, language, Verdict.SE, reason) for test in tests], 0.0, 0.0, "")
    with tempfile.TemporaryDirectory(prefix="vlmedge-grade-") as root:
        os.chmod(root, 0o711)  # sandboxes reach their own build by its bind mount only; no listing of others
        programs: dict[str | None, Program] = {None: executor.program(code)}
        for test in tests:
            if isinstance(test, CodeTest):
                programs[test.name] = executor.program(code, test.code[language])
        began = time.perf_counter()
        with ThreadPoolExecutor(cpu_threads(workers)) as pool:
            builds = dict(zip(programs, pool.map(lambda item: _compile(executor, item[1], Path(root) / f"b{item[0]}"),
                                                 enumerate(programs.values())), strict=True))
            compile_ms = (time.perf_counter() - began) * 1000
            began = time.perf_counter()
            results = list(pool.map(lambda test: _run(problem, executor, builds[
                test.name if isinstance(test, CodeTest) else None], test, language), tests))
        run_ms = (time.perf_counter() - began) * 1000
    return Judged(results, compile_ms, run_ms, builds[None].message)
