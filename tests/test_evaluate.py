"""`vlmedge evaluate` (variants side by side, peers, gate) and `vlmedge report`, on real runtimes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from vlmedge.errors import VlmedgeError
from vlmedge.evaluate.accuracy import evaluate_accuracy
from vlmedge.evaluate.compare import evaluate_variants
from vlmedge.evaluate.gate import check, read_budgets
from vlmedge.evaluate.metrics import score
from vlmedge.evaluate.report import PLOTS, pareto_front, write_report
from vlmedge.evaluate.variants import Variant, parse_variants


def cli(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vlmedge.cli", *args], capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture(scope="module")
def compared(small_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The default model as baseline, the same model again as a "copy" variant, and the Tesseract peer."""
    out = tmp_path_factory.mktemp("cmp") / "results"
    variants = [Variant("baseline", "default"), Variant("copy", "default"), Variant("tesseract", "tesseract")]
    results = evaluate_variants(variants, small_dataset, out, limit=3, repeats=2, threads=1, max_new_tokens=64,
                                progress=False)
    return out, results


def test_parse_variants() -> None:
    parsed = parse_variants("baseline=default, int8=runs/q8 ,rapidocr")
    assert parsed == [Variant("baseline", "default"), Variant("int8", "runs/q8"), Variant("rapidocr", "rapidocr")]
    for spec, message in (("int8=x", "no `baseline`"), ("baseline=a,baseline=b", "twice"),
                          ("baseline=default,foo", "has no target"), ("baseline=default,a b=x", "not a plain name"),
                          ("baseline=", "has no target"), (",", "is empty")):
        with pytest.raises(VlmedgeError, match=message):
            parse_variants(spec)


def test_variants_measured_side_by_side(compared: tuple[Path, dict]) -> None:
    out, results = compared
    assert (out / "manifest.json").is_file() and not list(out.parent.glob(".partial-*"))
    assert results["samples"] == 3 and results["repeats"] == 2 and results["threads"] == 1
    assert len(results["load_average"]["before"]) == 3
    base, copy, peer = (results["variants"][n] for n in ("baseline", "copy", "tesseract"))
    # The same weights give the same greedy text: zero drop, and a speed ratio near 1 measured side by side.
    assert copy["accuracy"]["overall"] == base["accuracy"]["overall"]
    assert copy["vs_baseline"]["cer_increase"] == 0.0 and base["vs_baseline"]["speedup"]["median"] == 1.0
    assert 0.2 < copy["vs_baseline"]["speedup"]["median"] < 5.0
    assert base["deterministic"] and copy["deterministic"]
    for variant in (base, copy):
        stages = variant["speed"]["stages"]
        assert stages["encode_ms"]["median"] > 0 and stages["ttft_ms"]["median"] >= stages["encode_ms"]["median"]
        assert variant["runtime"] == "torch" and variant["disk_mb"] > 1 and variant["peak_rss_mb"] > 50
        p = variant["speed"]["end_to_end_ms"]
        assert 0 < p["p50"] <= p["p95"] <= p["p99"]
    assert peer["runtime"] == "tesseract" and peer["disk_mb"] > 0.5
    # Every variant's reported CER is the micro-average of its stored predictions, rescored here.
    for name, variant in results["variants"].items():
        rows = [json.loads(line) for line in (out / "predictions" / f"{name}.jsonl").read_text().splitlines()]
        assert len(rows) == 3 and all(len(r["ms"]) == 2 for r in rows)
        scores = [score(r["reference"], r["hypothesis"]) for r in rows]
        assert variant["accuracy"]["overall"]["ws"]["cer"] == pytest.approx(
            sum(s.edits for s in scores) / sum(s.length for s in scores))
        assert set(variant["accuracy"]) >= {"by_language", "by_theme", "by_degradation", "by_condition"}
    assert peer["vs_baseline"]["cer_increase"] == pytest.approx(
        peer["accuracy"]["overall"]["ws"]["cer"] - base["accuracy"]["overall"]["ws"]["cer"])


def test_gate_names_variant_and_metric(compared: tuple[Path, dict], tmp_path: Path) -> None:
    _, results = compared
    assert check(results, {"copy": {"max_cer_increase": 0.0, "max_peak_rss_mb": 1e6}}) == []
    failures = check(results, {"copy": {"min_speedup": 100.0, "max_peak_rss_mb": 1.0}, "absent": {"min_speedup": 9}})
    assert len(failures) == 2
    assert failures[0].startswith("copy: speedup") and "below the budget 100.00x" in failures[0]
    assert failures[1].startswith("copy: peak RSS") and "exceeds the budget 1 MB" in failures[1]
    bad = tmp_path / "bad.yaml"
    bad.write_text("copy: {max_cer_increse: 0.01}\n")
    with pytest.raises(VlmedgeError, match=r"copy\.max_cer_increse is not a key here \(did you mean "
                                           r"max_cer_increase\?\)"):
        read_budgets(bad)
    bad.write_text("copy: {min_speedup: fast}\n")
    with pytest.raises(VlmedgeError, match="copy.min_speedup: input should be a valid number"):
        read_budgets(bad)
    assert read_budgets()  # the shipped budgets parse


def test_gate_cli_exit_codes(small_dataset: Path, tmp_path: Path) -> None:
    tight = tmp_path / "tight.yaml"
    tight.write_text(yaml.safe_dump({"tesseract": {"max_peak_rss_mb": 1}}))
    args = ["evaluate", "--eval", str(small_dataset), "--variants", "baseline=tesseract,tesseract", "--limit", "1"]
    failed = cli(*args, "--out", str(tmp_path / "a"), "--gate", "--budgets", str(tight))
    assert failed.returncode == 3, failed.stderr
    assert "gate failed: tesseract: peak RSS" in failed.stderr and len(failed.stderr.strip().splitlines()) == 1
    loose = tmp_path / "loose.yaml"
    loose.write_text(yaml.safe_dump({"tesseract": {"max_cer_increase": 0.0, "min_speedup": 0.01,
                                                   "max_peak_rss_mb": 100000}}))
    passed = cli(*args, "--out", str(tmp_path / "b"), "--gate", "--budgets", str(loose))
    assert passed.returncode == 0, passed.stderr
    assert "gate passed: tesseract" in passed.stdout
    # The same check on saved results, as `make gate` runs it.
    regate = cli("gate", str(tmp_path / "b"), "--budgets", str(tight))
    assert regate.returncode == 3 and "tesseract: peak RSS" in regate.stderr
    assert "tesseract: not shippable (peak RSS" in regate.stdout
    # `make demo` reports the verdicts and goes on.
    reported = cli("gate", str(tmp_path / "b"), "--budgets", str(tight), "--report-only")
    assert reported.returncode == 0 and "tesseract: not shippable (peak RSS" in reported.stdout
    assert "gate reported: tesseract" in reported.stdout
    # A gate that checks nothing is not a pass: budgets naming none of the variants measured.
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text(yaml.safe_dump({"int8": {"min_speedup": 2.0}}))
    empty = cli("gate", str(tmp_path / "b"), "--budgets", str(elsewhere))
    assert empty.returncode == 2 and "nothing to gate" in empty.stderr and "int8" in empty.stderr
    early = cli(*args, "--out", str(tmp_path / "c"), "--gate", "--budgets", str(elsewhere))
    assert early.returncode == 2 and "nothing to gate" in early.stderr and not (tmp_path / "c").exists()


def test_evaluate_bad_inputs(tmp_path: Path, small_dataset: Path) -> None:
    no_baseline = cli("evaluate", "--eval", str(small_dataset), "--variants", "int8=default", "--out",
                      str(tmp_path / "x"))
    assert no_baseline.returncode == 2 and "no `baseline`" in no_baseline.stderr
    not_a_set = cli("evaluate", "--eval", str(tmp_path), "--model", "tesseract", "--out", str(tmp_path / "y"))
    assert not_a_set.returncode == 2 and "is not a dataset folder" in not_a_set.stderr
    missing_model = cli("evaluate", "--eval", str(small_dataset), "--model", str(tmp_path / "nope"), "--limit", "1",
                        "--out", str(tmp_path / "z"))
    assert missing_model.returncode == 2 and "variant baseline" in missing_model.stderr
    assert "does not exist" in missing_model.stderr
    assert not (tmp_path / "x").exists() and not (tmp_path / "z").exists()
    assert not list(tmp_path.glob(".partial-*"))
    with pytest.raises(VlmedgeError, match="is not a dataset folder"):
        evaluate_accuracy("rapidocr", tmp_path, tmp_path / "x.json")


def test_report(compared: tuple[Path, dict], tmp_path: Path) -> None:
    results_dir, results = compared
    out = write_report(results_dir, tmp_path / "report", worst=2)
    page = (out / "report.html").read_text()
    markdown = (out / "report.md").read_text()
    for name in results["variants"]:
        assert f"| {name} |" in markdown and f"<h3>{name}</h3>" in page
    assert page.count("data:image/png;base64,") == len(PLOTS)  # the plots inline
    assert page.count("data:image/jpeg;base64,") == 2 * len(results["variants"])  # worst examples' screenshots
    assert 'src="http' not in page and "diff_header" in page  # self-contained; transcription diffs drawn
    for plot in PLOTS:
        assert (out / plot).stat().st_size > 5000
    assert (out / "manifest.json").is_file()
    failed = cli("report", str(tmp_path), "--out", str(tmp_path / "r2"))
    assert failed.returncode == 2 and "has no results.json" in failed.stderr


def test_pareto_front() -> None:
    points = [("a", 10.0, 0.05), ("b", 5.0, 0.06), ("c", 12.0, 0.07), ("d", 5.0, 0.05)]
    assert pareto_front(points) == ["d"]
    assert sorted(pareto_front([("a", 1.0, 0.2), ("b", 2.0, 0.1)])) == ["a", "b"]


def test_tesseract_layout_keeps_indentation(tmp_path: Path) -> None:
    from vlmedge.calibration.render import RenderSpec, render
    from vlmedge.runtime.tesseract_runtime import TesseractRuntime

    code = "def total(items):\n    count = 0\n    for item in items:\n        count += item\n    return count"
    image = render(code, "python", RenderSpec(theme="default", font="dejavu-sans-mono", font_size=18))
    text = TesseractRuntime().transcribe([image])[0].text
    assert score(code, text).cer < 0.1, text
    assert text.split("\n")[3].startswith("        count")
