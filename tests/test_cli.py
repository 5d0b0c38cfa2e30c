"""The CLI as users run it: a real subprocess, help on every command, one-line errors, non-zero exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer

from vlmedge import __version__
from vlmedge.cli import app


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vlmedge.cli", *args], capture_output=True, text=True, timeout=300)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"vlmedge {__version__}"


def commands() -> dict[str, Any]:
    """Every command as users type it ("export gguf" included), from the click tree typer builds (typer vendors
    its own click, so groups are told by their subcommands)."""
    found: dict[str, Any] = {}

    def walk(command: Any, path: tuple[str, ...]) -> None:
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                walk(sub, (*path, name))
        else:
            found[" ".join(path)] = command

    walk(typer.main.get_command(app), ())
    return found


def test_help_on_every_command_and_every_option_explained() -> None:
    everything = commands()
    assert {"calibrate", "quantize", "transcribe", "evaluate", "gate", "export gguf", "export bundle"} <= set(
        everything)
    for name, command in everything.items():
        result = run(*name.split(), "--help")
        assert result.returncode == 0 and "Usage" in result.stdout, name
        assert command.help, f"{name} has no docstring"
        unexplained = [param.name for param in command.params
                       if param.param_type_name == "option" and not param.help and param.name != "help"]
        assert not unexplained, f"{name}: options without help: {unexplained}"


def test_threads_mean_one_thing_everywhere() -> None:
    from vlmedge.threads import HELP

    having = {name: next(p for p in command.params if p.name == "threads")
              for name, command in commands().items() if any(p.name == "threads" for p in command.params)}
    assert {"transcribe", "evaluate", "train-default", "quantize", "export gguf"} <= set(having)
    for name, option in having.items():
        assert option.help.startswith(HELP) and option.default == 0, name
    refused = run("transcribe", "--threads", "-1", "--model", "default", __file__)
    assert refused.returncode == 2 and "--threads': Input should be greater than or equal to 0" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "transcribe --help` lists them" in refused.stderr


def test_max_new_tokens_says_what_caps_it() -> None:
    for name in ("transcribe", "evaluate"):
        option = next(p for p in commands()[name].params if p.name == "max_new_tokens")
        assert "capped at 4 per vision token + 32" in " ".join(option.help.split()), name


@pytest.mark.parametrize("method", ["gguf", "onnx"])
@pytest.mark.parametrize("args, named", [
    (["--calib", "runs/calib"], "--calib"),
    (["--samples", "8", "--recipe", "r.yaml"], "--samples, --recipe"),
    (["--quantize-vision"], "--quantize-vision"),
])
def test_quantize_without_calibration_refuses_options_it_would_ignore(tmp_path: Path, method: str, args: list[str],
                                                                       named: str) -> None:
    result = run("quantize", "--method", method, "--out", str(tmp_path / "g"), *args)
    assert result.returncode == 2 and f"takes no {named}" in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "g").exists()
    crossed = run("quantize", "--method", method, "--out", str(tmp_path / "g"),
                  "--onnx-quant" if method == "gguf" else "--gguf-type", "int4")
    assert crossed.returncode == 2 and "takes no --" in crossed.stderr
    other = run("quantize", "--method", "awq", "--gguf-type" if method == "gguf" else "--onnx-quant", "q8_0",
                "--out", str(tmp_path / "a"))
    assert other.returncode == 2 and f"is for --method {method}" in other.stderr


def test_error_lines_print_literally(tmp_path: Path) -> None:
    # Rich markup would eat `[ab]` and raise on `[/x]`; a path holding both must come back as it is.
    name = tmp_path / "shot[ab][/x].png"
    result = run("transcribe", "--model", "default", str(name))
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == f"error: {name} is not a readable image (FileNotFoundError): pass PNG or JPEG files"


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
