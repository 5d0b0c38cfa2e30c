"""The package's shape, read from its code: import directions between floors, a torch-free screenshots package,
and a wheel that carries the configs and the default model."""

from __future__ import annotations

import ast
import graphlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from light import install_modules, light_python

PACKAGE = Path(__file__).resolve().parents[1] / "vlmedge"
# Lower floors never import higher ones, nor rooms on their own floor. The README's Layout section draws this.
FLOORS = {
    "core": 0,  # the package's own modules: errors, paths, config, stage, progress, threads
    "screenshots": 1,  # Pillow, numpy and rapidfuzz only: what edge clients install
    "calibration": 2,
    "models": 3,
    "runtime": 4,
    "quantize": 5,
    "export": 5,
    "evaluate": 6,
    "training": 7,
    "grader": 7,
    "serve": 8,
    "cli": 9,
}


def room(module: str) -> str:
    """vlmedge.X.Y -> X for a subpackage; the package's own modules are `core`, except the CLI."""
    parts = module.split(".")
    if len(parts) == 1:
        return "core"
    if (PACKAGE / parts[1]).is_dir():
        return parts[1]
    return "cli" if parts[1] == "cli" else "core"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Every vlmedge module's vlmedge imports, module-level or inside functions, TYPE_CHECKING ones included."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name, targets = module_name(path), set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets.add(node.module)
                targets |= {f"{node.module}.{alias.name}" for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level:
                raise AssertionError(f"{path}: relative import; vlmedge spells imports out in full")
        found[name] = {target for target in targets if target == "vlmedge" or target.startswith("vlmedge.")}
    return found


def test_every_room_has_a_floor() -> None:
    rooms = {path.name for path in PACKAGE.iterdir() if path.is_dir() and any(path.rglob("*.py"))}
    assert rooms <= set(FLOORS), f"give {sorted(rooms - set(FLOORS))} a floor in FLOORS and the README's Layout"


def test_readme_layout_draws_these_floors() -> None:
    readme = (PACKAGE.parent / "README.md").read_text().split("## Layout", 1)[1].split("\n## ", 1)[0]
    drawn = {}
    for line in readme.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].isdigit():
            name = cells[1].strip("`").rstrip("/")
            drawn["core" if name.startswith("vlmedge/*.py") else "cli" if name == "cli.py" else name] = int(cells[0])
    assert drawn == FLOORS


def test_lower_floors_never_import_higher_ones() -> None:
    wrong = []
    for module, targets in imports().items():
        here = room(module)
        for target in targets:
            there = room(target)
            if there != here and FLOORS[there] >= FLOORS[here]:
                wrong.append(f"{module} ({here}, floor {FLOORS[here]}) imports {target} ({there}, floor "
                             f"{FLOORS[there]})")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycles_between_rooms_or_core_modules() -> None:
    graph: dict[str, set[str]] = {}
    found = imports()
    for module, targets in found.items():
        here = room(module)
        source = module if here == "core" else here
        for target in targets:
            there = room(target)
            if there == here and here != "core":
                continue
            # A name imported from a module (vlmedge.paths.BUDGETS) points at the module itself.
            while there == "core" and target not in found and "." in target:
                target = target.rsplit(".", 1)[0]
            graph.setdefault(source, set()).add(target if there == "core" else there)
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")


def test_screenshots_need_only_pillow_numpy_and_rapidfuzz(tmp_path: Path) -> None:
    from vlmedge.calibration.render import RenderSpec, render

    code = "def total(values):\n    result = 0\n\n    for v in values:\n        result += v\n    return result"
    render(code, "python", RenderSpec("monokai", "dejavu-sans-mono", 16)).save(tmp_path / "s.png")
    modules = sorted(path.stem for path in (PACKAGE / "screenshots").glob("*.py") if path.stem != "__init__")
    result = light_python(f"""
import importlib, json
from PIL import Image
for name in {modules!r}:
    importlib.import_module("vlmedge.screenshots." + name)
from vlmedge.screenshots.line_rows import read_by_rows
asked = []
# Each row read right (its line without indentation), each chunk as nothing: indentation must come from the pixels.
lines = [line.strip() for line in {code!r}.split("\\n") if line.strip()]
read = lambda pieces: asked.extend(pieces) or [*lines, *[""] * (len(pieces) - len(lines))]
text = read_by_rows(Image.open("s.png").convert("RGB"), read, 8)
print(json.dumps({{"lines": text.split("\\n"), "pieces": len(asked),
                   "heavy": sorted(m for m in ("torch", "transformers", "datasets") if m in sys.modules)}}))
""", tmp_path, {"PIL", "numpy", "rapidfuzz", "vlmedge"})
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["heavy"] == []
    # Six code lines and the blank one between them come back from the pixels: 6 rows, 2 x 1 chunk of 8 rows.
    assert len(out["lines"]) == 6 and out["lines"][2] == "" and out["pieces"] == 6 + 2
    assert [len(line) - len(line.lstrip()) for line in out["lines"]] == [0, 4, 0, 4, 8, 4]


def test_light_cli_names_the_extra_a_command_needs(tmp_path: Path) -> None:
    base = install_modules()
    assert {"typer", "rich", "PIL"} <= base and not base & {"torch", "transformers", "llama_cpp", "datasets"}
    helped = light_python("sys.argv = ['vlmedge', '--help']\nfrom vlmedge.cli import main\nmain()", tmp_path, base)
    assert "transcribe" in helped.stdout, helped.stderr
    refused = light_python("sys.argv = ['vlmedge', 'synth', '--like', 'qwen2-vl-2b', '--out', 'x']\n"
                           "from vlmedge.cli import main\nmain()", tmp_path, base)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "pip install 'vlmedge[torch]'" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package as `pip install .` puts it: a wheel built from the checkout, installed outside it."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(work / "dist"), str(PACKAGE.parent)], check=True, timeout=600, capture_output=True)
    (wheel,) = (work / "dist").glob("vlmedge-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(work / "site"),
                    str(wheel)], check=True, timeout=600, capture_output=True)
    return work / "site"


def test_wheel_carries_configs_and_the_default_model(installed: Path, tmp_path: Path) -> None:
    shipped = PACKAGE.parent / "models" / "vlmedge-tiny"
    data = installed / "vlmedge" / "_data"
    for path in shipped.iterdir():
        assert (data / "models" / "vlmedge-tiny" / path.name).read_bytes() == path.read_bytes(), path.name
    for path in (PACKAGE.parent / "configs").rglob("*.yaml"):
        assert (data / "configs" / path.relative_to(PACKAGE.parent / "configs")).is_file(), path
    # Outside the checkout, the installed package (not the checkout's) reads a screenshot with `--model default`.
    from vlmedge.calibration.render import RenderSpec, render

    render("x = 1\nprint(x)", "python", RenderSpec("default", "dejavu-sans-mono", 16)).save(tmp_path / "s.png")
    env = {**os.environ, "PYTHONPATH": str(installed)}
    env.pop("VLMEDGE_DEFAULT_MODEL", None)
    where = subprocess.run([sys.executable, "-c", "import vlmedge.paths as p; print(p.SHIPPED_MODEL_DIR)"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert where.stdout.strip().startswith(str(installed)), where.stderr
    command = [sys.executable, "-m", "vlmedge.cli", "transcribe", "--model", "default", "s.png"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    checkout = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert json.loads(result.stdout)["text"] == json.loads(checkout.stdout)["text"] != ""
