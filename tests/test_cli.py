"""The CLI as users run it: a real subprocess, help on every command, one-line errors, non-zero exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vlmedge import __version__
from vlmedge.cli import app


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vlmedge.cli", *args], capture_output=True, text=True, timeout=300)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"vlmedge {__version__}"


def test_help_on_every_subcommand() -> None:
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert "calibrate" in commands
    for command in commands:
        result = run(command, "--help")
        assert result.returncode == 0 and "Usage" in result.stdout, command


def test_calibrate_prints_counts_and_fingerprint(tmp_path: Path) -> None:
    result = run("calibrate", "--out", str(tmp_path / "a"), "--samples", "24", "--eval-samples", "12",
                 "--seed", "3", "--workers", "1")
    assert result.returncode == 0, result.stderr
    fingerprint = json.loads((tmp_path / "a" / "manifest.json").read_text())["results"]["fingerprint"]
    assert f"fingerprint {fingerprint}" in result.stdout
    for language in ("python", "rust", "kotlin"):
        assert language in result.stdout


@pytest.mark.parametrize("args, message", [
    (["--languages", "python,cobol"], "unknown language 'cobol': supported languages are"),
    (["--source", "/no/such/dir"], "--source /no/such/dir does not exist"),
])
def test_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("calibrate", "--out", str(tmp_path / "x"), "--samples", "4", *args)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()


def test_stages_lists_every_stage_with_its_status() -> None:
    from vlmedge.cli import PIPELINE

    result = run("stages")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    for name, _, status in PIPELINE:
        assert any(line.startswith(name) and status.split(":")[0] in line for line in lines), name
