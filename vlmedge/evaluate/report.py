"""`vlmedge report`: report.md and a self-contained report.html from an evaluate results folder.

Plots are drawn with matplotlib (Agg) into PNG files that report.md links and report.html inlines as data
URIs, so the HTML page can be mailed or attached to a CI run as one file.
"""

from __future__ import annotations

import base64
import difflib
import html
import io
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from vlmedge.evaluate.compare import load_results
from vlmedge.evaluate.metrics import score
from vlmedge.stage import StageRecord, sha256_file, stage_output

PLOTS = ("pareto.png", "latency.png", "speed.png", "languages.png")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f} %"


def _label(name: str, variant: dict[str, Any]) -> str:
    return f"{name} ({variant['label']})" if variant.get("label") else name


def _predictions(folder: Path, name: str) -> list[dict[str, Any]]:
    path = folder / "predictions" / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.is_file() else []


def summary_rows(results: dict[str, Any]) -> list[dict[str, str]]:
    rows = []
    for name, v in results["variants"].items():
        overall, vs, speed = v["accuracy"]["overall"], v["vs_baseline"], v["speed"]
        stages = speed["stages"]
        up = vs["speedup"]
        rows.append({
            "variant": _label(name, v), "runtime": v["runtime"],
            "CER": _pct(overall["ws"]["cer"]), "CER no-ws": _pct(overall["nows"]["cer"]),
            "exact": f"{100 * overall['ws']['exact_match']:.1f} %",
            "ΔCER (points)": f"{100 * vs['cer_increase']:+.2f}",
            # Results written before the parity field existed have no same_text.
            "same text": f"{100 * vs['same_text']:.0f} %" if "same_text" in vs else "-",
            "speedup": f"{up['median']:.2f}x ({up['min']:.2f}-{up['max']:.2f})" if up else "-",
            "p50 / p95 / p99 ms": " / ".join(f"{speed['end_to_end_ms'].get(k, 0):.0f}" for k in ("p50", "p95", "p99")),
            "encode ms": f"{stages['encode_ms']['median']:.0f}" if "encode_ms" in stages else "-",
            "TTFT ms": f"{stages['ttft_ms']['median']:.0f}" if "ttft_ms" in stages else "-",
            "decode tok/s": (f"{stages['decode_tokens_per_s']['median']:.1f}"
                             if "decode_tokens_per_s" in stages else "-"),
            "peak RSS MB": f"{v['peak_rss_mb']:.0f}",
            "disk MB": f"{v['disk_mb']:.1f}" if v["disk_mb"] else "-",
        })
    return rows


def markdown_table(rows: list[dict[str, str]]) -> list[str]:
    if not rows:
        return []
    keys = list(rows[0])
    return ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)] + [
        "| " + " | ".join(row[k] for k in keys) + " |" for row in rows]


def _group_table(results: dict[str, Any], group: str) -> list[dict[str, str]]:
    values = sorted({key for v in results["variants"].values() for key in v["accuracy"].get(f"by_{group}", {})})
    rows = []
    for name, v in results["variants"].items():
        by = v["accuracy"].get(f"by_{group}", {})
        rows.append({"variant": name, **{value: _pct(by[value]["ws"]["cer"]) if value in by else "-"
                                         for value in values}})
    return rows


def pareto_front(points: list[tuple[str, float, float]]) -> list[str]:
    """Names of the points no other point beats on both cost (size, latency) and CER (smaller is better for both)."""
    front = []
    for name, cost, cer in points:
        if not any(c <= cost and e <= cer and (c < cost or e < cer) for _, c, e in points):
            front.append(name)
    return front


def _plot_front(points: list[tuple[str, float, float]], xlabel: str, title: str, path: Path) -> None:
    """CER against a cost, log scale, the Pareto front drawn through the variants nothing beats on both."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FormatStrFormatter, NullFormatter

    front = set(pareto_front(points))
    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=110)
    for name, cost, cer in points:
        ax.scatter(cost, 100 * cer, color="tab:red" if name in front else "tab:gray", zorder=3)
        ax.annotate(name, (cost, 100 * cer), textcoords="offset points", xytext=(5, 4), fontsize=8)
    ordered = sorted((p for p in points if p[0] in front), key=lambda p: p[1])
    ax.plot([p[1] for p in ordered], [100 * p[2] for p in ordered], color="tab:red", lw=1, zorder=2,
            label="Pareto front")
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(FormatStrFormatter("%g"))
    costs = [cost for _, cost, _ in points]
    # Minor ticks labeled only within one decade: across several their labels run into each other.
    ax.xaxis.set_minor_formatter(FormatStrFormatter("%g") if costs and max(costs) < 10 * min(costs)
                                 else NullFormatter())
    ax.set_xlabel(xlabel)
    ax.set_ylabel("CER (%)")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _plot_pareto(results: dict[str, Any], path: Path) -> None:
    points = [(n, v["disk_mb"], v["accuracy"]["overall"]["ws"]["cer"]) for n, v in results["variants"].items()
              if v["disk_mb"]]
    _plot_front(points, "size on disk (MB, log)", "Size vs CER", path)


def _plot_latency(results: dict[str, Any], path: Path) -> None:
    """Every variant and peer: CER against its median end-to-end time per screenshot, measured in this run."""
    points = [(n, v["speed"]["end_to_end_ms"]["p50"], v["accuracy"]["overall"]["ws"]["cer"])
              for n, v in results["variants"].items() if v["speed"]["end_to_end_ms"].get("p50")]
    _plot_front(points, f"p50 ms per screenshot (log, {results['threads']} threads)", "Latency vs CER", path)


def _plot_speed(results: dict[str, Any], path: Path) -> None:
    import matplotlib.pyplot as plt

    names = list(results["variants"])
    p50 = [results["variants"][n]["speed"]["end_to_end_ms"].get("p50", 0) for n in names]
    p95 = [results["variants"][n]["speed"]["end_to_end_ms"].get("p95", 0) for n in names]
    fig, ax = plt.subplots(figsize=(6.4, 0.5 * len(names) + 1.5), dpi=110)
    ax.barh(names, p50, color="tab:blue", label="p50")
    ax.errorbar(p95, names, fmt="|", color="black", markersize=12, label="p95")
    for index, name in enumerate(names):
        up = results["variants"][name]["vs_baseline"]["speedup"]
        if up:
            ax.text(p50[index], index, f" {up['median']:.2f}x", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("end-to-end ms per screenshot (speedup vs baseline)")
    ax.set_title(f"Speed ({results['threads']} threads, {results['repeats']} repeat(s))")
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _plot_languages(results: dict[str, Any], path: Path) -> None:
    import matplotlib.pyplot as plt
    import numpy as np

    names = list(results["variants"])
    languages = sorted({k for v in results["variants"].values() for k in v["accuracy"].get("by_language", {})})
    grid = np.array([[100 * results["variants"][n]["accuracy"]["by_language"].get(lang, {}).get("ws", {})
                      .get("cer", float("nan")) for lang in languages] for n in names])
    fig, ax = plt.subplots(figsize=(max(6.4, 0.6 * len(languages) + 2), 0.45 * len(names) + 1.8), dpi=110)
    image = ax.imshow(grid, cmap="viridis_r", aspect="auto")
    ax.set_xticks(range(len(languages)), languages, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(len(names)), names, fontsize=8)
    for i in range(len(names)):
        for j in range(len(languages)):
            if not np.isnan(grid[i, j]):
                light = image.norm(grid[i, j]) < 0.5  # viridis_r is light at low CER
                ax.text(j, i, f"{grid[i, j]:.0f}", ha="center", va="center", fontsize=7,
                        color="black" if light else "white")
    fig.colorbar(image, ax=ax, label="CER (%)")
    ax.set_title("CER per language")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def worst_examples(folder: Path, name: str, count: int) -> list[dict[str, Any]]:
    rows = _predictions(folder, name)
    for row in rows:
        row["cer"] = score(row["reference"], row["hypothesis"]).cer
    return sorted(rows, key=lambda r: (-r["cer"], r["index"]))[:count]


@lru_cache(maxsize=4)
def _eval_split(eval_dir: str) -> Any:
    from vlmedge.calibration.dataset import load_split

    return load_split(Path(eval_dir), "eval", "--eval")


def _image_uri(eval_dir: Path, index: int, max_width: int = 640) -> str | None:
    try:
        image = _eval_split(str(eval_dir))[index]["image"].convert("RGB")
    except Exception:  # the eval folder moved or was deleted: the report still renders, without the image
        return None
    if image.width > max_width:
        image = image.resize((max_width, round(image.height * max_width / image.width)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)  # noisy screenshots as PNG made a 6-variant page ~11 MB
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


def _file_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode()


_CSS = """body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222}
table{border-collapse:collapse;font-size:13px;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}
td:first-child,th:first-child{text-align:left}img.plot{max-width:100%;margin:0.5em 0}
table.diff{font-family:monospace;font-size:12px}.diff_add{background:#cfc}.diff_chg{background:#ff8}
.diff_sub{background:#fcc}.example{border-top:1px solid #ddd;padding:0.5em 0}.note{color:#666;font-size:13px}"""


def _html_table(rows: list[dict[str, str]]) -> str:
    if not rows:
        return ""
    keys = list(rows[0])
    head = "".join(f"<th>{html.escape(k)}</th>" for k in keys)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(row[k])}</td>" for k in keys) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def write_report(results_dir: Path, out: Path, worst: int = 6, overwrite: bool = False) -> Path:
    results_dir = Path(results_dir)
    results = load_results(results_dir)
    eval_dir = Path(results["eval"])
    labels = sorted({v["label"] for v in results["variants"].values() if v.get("label")})
    conditions = (f"{results['samples']} eval screenshots from `{eval_dir}`, {results['repeats']} timing "
                  f"repeat(s), {results['threads']} threads on {results['cpus']} CPUs, load average "
                  f"{results['load_average']['before'][0]:.2f} before / {results['load_average']['after'][0]:.2f} "
                  f"after; variants interleaved one screenshot at a time; {results['platform']}.")
    record = StageRecord("report", parameters={"worst": worst},
                         inputs={"results": str(results_dir),
                                 "results_sha256": sha256_file(results_dir / "results.json")})
    with stage_output(Path(out), record, overwrite=overwrite) as folder:
        import matplotlib

        matplotlib.use("Agg")
        _plot_pareto(results, folder / "pareto.png")
        _plot_latency(results, folder / "latency.png")
        _plot_speed(results, folder / "speed.png")
        _plot_languages(results, folder / "languages.png")
        summary = summary_rows(results)
        groups = {group: _group_table(results, group) for group in ("condition", "degradation", "theme")}
        md = ["# vlmedge benchmark report", ""]
        if labels:
            md += [f"**{'; '.join(labels)}**: speed and memory only; accuracy figures are meaningless.", ""]
        md += [conditions, "", *markdown_table(summary), "",
               "Speedup: baseline time / variant time per screenshot, median per repeat, then the median and "
               "the (min-max) over repeats. ΔCER: absolute CER points above the baseline.", "",
               "![size vs CER](pareto.png)", "", "![latency vs CER](latency.png)", "", "![speed](speed.png)", "",
               "![CER per language](languages.png)", ""]
        for group, rows in groups.items():
            md += [f"## CER per {group}", "", *markdown_table(rows), ""]
        md += ["## Worst examples", ""]
        sections = []
        for name in results["variants"]:
            examples = worst_examples(results_dir, name, worst)
            md += [f"### {name}", ""]
            parts = []
            for row in examples:
                md += [f"- #{row['index']} {row['language']} / {row['theme']} / {row['degradation']}: CER "
                       f"{100 * row['cer']:.1f} %"]
                uri = _image_uri(eval_dir, row["index"])
                diff = difflib.HtmlDiff(wrapcolumn=80).make_table(
                    row["reference"].split("\n"), row["hypothesis"].split("\n"), "reference", name)
                picture = f'<img src="{uri}" alt="screenshot {row["index"]}">' if uri else \
                    '<p class="note">(eval image not found)</p>'
                parts.append(f'<div class="example"><p>#{row["index"]} {html.escape(row["language"])} / '
                             f'{html.escape(row["theme"])} / {html.escape(row["degradation"])}: CER '
                             f'{100 * row["cer"]:.1f} %</p>{picture}{diff}</div>')
            md.append("")
            sections.append(f"<h3>{html.escape(name)}</h3>" + "".join(parts))
        (folder / "report.md").write_text("\n".join(md) + "\n")
        banner = (f"<p><strong>{html.escape('; '.join(labels))}</strong>: speed and memory only; accuracy "
                  "figures are meaningless.</p>") if labels else ""
        page = (f"<!doctype html><html><head><meta charset='utf-8'><title>vlmedge report</title>"
                f"<style>{_CSS}</style></head><body><h1>vlmedge benchmark report</h1>{banner}"
                f"<p class='note'>{html.escape(conditions)}</p>{_html_table(summary)}"
                + "".join(f'<img class="plot" src="{_file_uri(folder / p)}" alt="{p}">' for p in PLOTS)
                + "".join(f"<h2>CER per {g}</h2>{_html_table(rows)}" for g, rows in groups.items())
                + "<h2>Worst examples</h2>" + "".join(sections) + "</body></html>")
        (folder / "report.html").write_text(page)
    return Path(out)
