"""The dataset builder end to end: determinism, disjoint splits, manifest, budgets, sources, bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from datasets import load_from_disk

from vlmedge.calibration.build import BuildConfig, build
from vlmedge.errors import VlmedgeError
from vlmedge.stage import sha256_file

COLUMNS = {"image", "text", "language", "theme", "font", "font_size", "degradation", "source_id"}


def test_columns_splits_and_languages(small_dataset: Path) -> None:
    data = load_from_disk(str(small_dataset))
    assert set(data) == {"calibration", "eval"}
    assert COLUMNS <= set(data["calibration"].column_names)
    assert len(set(data["calibration"]["language"])) >= 12
    row = data["eval"][0]
    assert row["image"].size == (row["width"], row["height"])
    assert row["text"] and "\t" not in row["text"]


def test_splits_disjoint_by_source_program(small_dataset: Path) -> None:
    data = load_from_disk(str(small_dataset))
    calibration, evaluation = set(data["calibration"]["source_id"]), set(data["eval"]["source_id"])
    assert calibration and evaluation and not calibration & evaluation
    assert not set(data["calibration"]["text"]) & set(data["eval"]["text"])


def test_manifest_describes_the_folder(small_dataset: Path) -> None:
    manifest = json.loads((small_dataset / "manifest.json").read_text())
    assert manifest["stage"] == "calibrate"
    assert manifest["parameters"]["seed"] == 11
    assert sum(manifest["results"]["counts"]["calibration"].values()) == 48
    assert len(manifest["results"]["fingerprint"]) == 64
    assert manifest["library_versions"]["pillow"] and manifest["wall_time_s"] > 0 and manifest["peak_rss_mb"] > 0
    files = {f["path"]: f for f in manifest["files"]}
    assert "dataset_dict.json" in files
    for path, entry in files.items():
        assert sha256_file(small_dataset / path) == entry["sha256"], path


def test_degradations_and_languages_recorded(small_dataset: Path) -> None:
    data = load_from_disk(str(small_dataset))["calibration"]
    labels = set(data["degradation"])
    assert "clean" in labels and len(labels) > 3
    for label, params in zip(data["degradation"], data["degradation_params"], strict=True):
        assert [p["name"] for p in json.loads(params)] == ([] if label == "clean" else label.split("+"))
    assert set(data["natural_language"]) - {"en", ""}, "some comments must be non-English"


def test_same_seed_same_fingerprint_regardless_of_workers(tmp_path: Path) -> None:
    config = BuildConfig(samples=24, eval_samples=12, seed=5, workers=1)
    one = build(config, tmp_path / "a", progress=False)
    two = build(BuildConfig(samples=24, eval_samples=12, seed=5, workers=2), tmp_path / "b", progress=False)
    other = build(BuildConfig(samples=24, eval_samples=12, seed=6, workers=1), tmp_path / "c", progress=False)
    assert one.fingerprint == two.fingerprint != other.fingerprint
    assert one.counts == two.counts


def test_preview_files_match_the_dataset(tmp_path: Path) -> None:
    build(BuildConfig(samples=4, eval_samples=3, seed=4, workers=1, preview=2), tmp_path / "p", progress=False)
    data = load_from_disk(str(tmp_path / "p"))["eval"]
    pngs = sorted((tmp_path / "p" / "preview").glob("*.png"))
    assert len(pngs) == 2
    assert pngs[0].with_suffix(".txt").read_text() == data[0]["text"] + "\n"
    manifest = json.loads((tmp_path / "p" / "manifest.json").read_text())
    assert {f["path"] for f in manifest["files"]} >= {f"preview/{p.name}" for p in pngs}


def test_max_pixels_bounds_every_image(tmp_path: Path) -> None:
    budget = 160 * 28 * 28
    build(BuildConfig(samples=24, eval_samples=0, seed=2, max_pixels=budget, workers=1), tmp_path / "s",
          progress=False)
    data = load_from_disk(str(tmp_path / "s"))["calibration"]
    assert max(w * h for w, h in zip(data["width"], data["height"], strict=True)) <= budget
    manifest = json.loads((tmp_path / "s" / "manifest.json").read_text())
    assert manifest["results"]["max_pixels"] == budget
    assert manifest["results"]["max_vision_tokens"] <= 160 + 16  # 28 px rounding on each side


def test_sources_cut_at_statement_boundaries(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(4):
        (src / f"m{i}.py").write_text("\n\n".join(
            f"def f{i}_{k}(x):\n    y = x * {k}\n    return y + {i}" for k in range(6)) + "\n")
    (src / "broken.py").write_bytes(b"\xff\xfe\x00\x00 not utf-8 \xc3")
    (src / "notes.txt").write_text("not code")
    build(BuildConfig(samples=16, eval_samples=8, seed=1, languages=("python",), sources=(str(src),),
                      source_fraction=1.0, workers=1), tmp_path / "out", progress=False)
    data = load_from_disk(str(tmp_path / "out"))
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["results"]["skipped_source_files"] == {"undecodable": 1}
    assert set(data["calibration"]["origin"]) == {"source"}
    for text in list(data["calibration"]["text"]) + list(data["eval"]["text"]):
        assert text.startswith("def f") and text.endswith(tuple(f"+ {i}" for i in range(4))), text
        compile(text, "<snippet>", "exec")
    assert not set(data["calibration"]["source_id"]) & set(data["eval"]["source_id"])


@pytest.mark.parametrize("kwargs, message", [
    ({"languages": ("python", "cobol")}, "supported languages are"),
    ({"sources": ("/no/such/folder",)}, "does not exist"),
    ({"max_pixels": 1000}, "--max-pixels"),
    ({"samples": 0, "eval_samples": 0}, "not both 0"),
])
def test_bad_input(tmp_path: Path, kwargs: dict, message: str) -> None:
    with pytest.raises(VlmedgeError, match=message):
        build(BuildConfig(**{"samples": 4, "eval_samples": 4, **kwargs}), tmp_path / "out", progress=False)
    assert not (tmp_path / "out").exists()
    assert not list(tmp_path.glob(".partial-*"))


def test_source_without_code_files(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "README.md").write_text("# hi")
    with pytest.raises(VlmedgeError, match="holds no code files"):
        build(BuildConfig(samples=4, eval_samples=4, sources=(str(tmp_path / "docs"),)), tmp_path / "out",
              progress=False)


def test_refuses_non_empty_out_unless_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("precious")
    with pytest.raises(VlmedgeError, match="not empty"):
        build(BuildConfig(samples=4, eval_samples=4), out, progress=False)
    assert (out / "keep.txt").read_text() == "precious"
    build(BuildConfig(samples=4, eval_samples=4, workers=1), out, overwrite=True, progress=False)
    assert not (out / "keep.txt").exists() and (out / "manifest.json").exists()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_killed_run_leaves_nothing(tmp_path: Path, sig: int) -> None:
    out = tmp_path / "out"
    # A background job of a non-interactive shell inherits SIGINT as ignored (POSIX), and Python keeps it so;
    # reset it so the child gets Ctrl-C as a user's terminal would deliver it.
    proc = subprocess.Popen([sys.executable, "-m", "vlmedge.cli", "calibrate", "--out", str(out), "--samples",
                             "5000", "--eval-samples", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 60
    while not list(tmp_path.glob(".partial-out-*")) and time.time() < deadline:
        time.sleep(0.05)
    assert list(tmp_path.glob(".partial-out-*")), "the run never started writing"
    time.sleep(1.0)
    os.kill(proc.pid, sig)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    assert not out.exists()
    assert not list(tmp_path.glob(".partial-*")), "the temp folder must be removed"
