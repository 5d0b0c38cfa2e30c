"""The `vlmedge` command line: one subcommand per pipeline stage."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from vlmedge import __version__
from vlmedge.errors import VlmedgeError
from vlmedge.runtime.base import MAX_NEW_TOKENS_HELP
from vlmedge.threads import HELP as THREADS_HELP

app = typer.Typer(
    name="vlmedge",
    help="Shrink Qwen2-VL-family vision-language models and ship them to edge devices.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Messages print as they are: markup would eat a `[ab]` in a path or an error, or raise on a `[/x]`.
stdout = Console(markup=False, highlight=False)
stderr = Console(stderr=True, markup=False, highlight=False)

DEFAULT_CALIB, CALIB_SAMPLES = Path("runs/calib"), 64  # `vlmedge quantize`'s calibration defaults
MODEL_HELP = ("`default`, a model folder, a folder of GGUF files (llama.cpp), a hub id, an OpenAI-compatible server "
              "(http://HOST:PORT/v1?model=NAME&reading=rows:8, see the README), or a peer (rapidocr, tesseract).")

# Stages of the main job in order; the ones not built yet are reported by `vlmedge stages`.
PIPELINE = (
    ("calibrate", "build calibration and evaluation sets of code screenshots", "ready"),
    ("quantize", "INT8, GPTQ, AWQ and GGUF variants of a Qwen2-VL-family model",
     "ready: int8, gptq, awq (llm-compressor); gguf (llama.cpp, `vlmedge export gguf`)"),
    ("evaluate", "accuracy drop, speedup and memory against the fp16 baseline",
     "ready: torch and llama.cpp variants side by side, peers rapidocr and tesseract, --gate"),
    ("report", "benchmark report with plots", "ready"),
    ("export", "llama.cpp GGUF + mmproj; edge bundles measured against a device budget",
     "ready: `vlmedge export gguf`, `vlmedge export bundle --target edge-4gb`; ONNX Runtime not built yet"),
    ("grade", "a screenshot of code read, run against a problem's tests in a sandbox, scored",
     "ready: `vlmedge grade`, 12 languages, `vlmedge problems` lists the bank"),
    ("serve", "the grader behind a REST API and a web page, history in a database",
     "ready: `vlmedge serve`, any runtime incl. OpenAI-compatible servers"),
)


def _version(value: bool) -> None:
    if value:
        stdout.print(f"vlmedge {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """vlmedge: calibrate -> quantize -> evaluate -> report, on the embedded default model or yours."""


def _split_list(value: Optional[str]) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(part.strip() for part in value.split(",") if part.strip())


@app.command()
def calibrate(
    out: Path = typer.Option(..., "--out", help="Output folder (a datasets.DatasetDict plus manifest.json)."),
    samples: int = typer.Option(512, "--samples", help="Calibration-split size."),
    eval_samples: int = typer.Option(512, "--eval-samples", help="Eval-split size (disjoint by source program)."),
    seed: int = typer.Option(0, "--seed", help="Same arguments and seed give the same fingerprint."),
    languages: Optional[str] = typer.Option(None, "--languages", help="Comma-separated, e.g. python,rust,go."),
    source: list[str] = typer.Option([], "--source", help="Folder, file or quoted glob of real code; repeatable."),
    source_fraction: float = typer.Option(0.5, "--source-fraction", help="Share of samples cut from --source."),
    max_pixels: int = typer.Option(512 * 28 * 28, "--max-pixels",
                                   help="Pixel budget per image; Qwen2-VL spends one token per 28x28 pixels."),
    clean_fraction: float = typer.Option(0.35, "--clean-fraction", help="Share of samples with no degradation."),
    max_lines: int = typer.Option(24, "--max-lines", help="Longest snippet, in lines."),
    themes: Optional[str] = typer.Option(None, "--themes", help="Comma-separated subset of themes (default all)."),
    fonts: Optional[str] = typer.Option(None, "--fonts", help="Comma-separated subset of fonts (default all)."),
    workers: int = typer.Option(0, "--workers", help="Render processes; 0 = one per CPU."),
    preview: int = typer.Option(0, "--preview", help="Also write N eval samples to OUT/preview as PNG + text."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty --out."),
) -> None:
    """Build calibration and eval sets of rendered code screenshots (12 languages, themes, fonts, degradations)."""
    from vlmedge.calibration.build import BuildConfig, build

    config = BuildConfig(samples=samples, eval_samples=eval_samples, seed=seed,
                         languages=_split_list(languages), sources=tuple(source),
                         source_fraction=source_fraction, max_pixels=max_pixels, clean_fraction=clean_fraction,
                         max_lines=max_lines, workers=workers, preview=preview,
                         **({"themes": _split_list(themes)} if themes else {}),
                         **({"fonts": _split_list(fonts)} if fonts else {}))
    result = build(config, out, overwrite=overwrite, progress=stderr.is_terminal)
    table = Table(title=f"{out}  ({result.seconds:.1f} s, {sum(map(sum, map(dict.values, result.counts.values())))}"
                        f" samples)")
    table.add_column("language")
    table.add_column("calibration", justify="right")
    table.add_column("eval", justify="right")
    for language in sorted(set(result.counts["calibration"]) | set(result.counts["eval"])):
        table.add_row(language, str(result.counts["calibration"].get(language, 0)),
                      str(result.counts["eval"].get(language, 0)))
    stdout.print(table)
    if result.skipped_sources:
        stdout.print(f"skipped source files: {result.skipped_sources}")
    stdout.print(f"fingerprint {result.fingerprint}")


@app.command()
def quantize(
    method: str = typer.Option(..., "--method", help="int8, gptq, awq, gguf or onnx."),
    out: Path = typer.Option(..., "--out", help="Output folder (compressed-tensors model + manifest.json)."),
    model: str = typer.Option("default", "--model", help="`default`, a model folder, or a hub id."),
    calib: Optional[Path] = typer.Option(None, "--calib", help="A `vlmedge calibrate` folder (default runs/calib; "
                                                                "not for gguf)."),
    samples: Optional[int] = typer.Option(None, "--samples", help="Calibration samples (image + prompt + answer; "
                                                                  f"default {CALIB_SAMPLES}; not for gguf)."),
    recipe: Optional[Path] = typer.Option(None, "--recipe", help="llm-compressor recipe YAML (default per method; "
                                                                 "not for gguf)."),
    quantize_vision: bool = typer.Option(False, "--quantize-vision", help="Quantize the vision tower too (not for "
                                                                          "gguf: its mmproj is --mmproj-type's)."),
    gguf_type: Optional[str] = typer.Option(None, "--gguf-type", help="gguf only: the text model's llama.cpp type "
                                                                      "(default q4_k_m)."),
    onnx_quant: Optional[str] = typer.Option(None, "--onnx-quant", help="onnx only: the decoder's weights, fp32, fp16, "
                                                                        "int8 or int4 (default int4)."),
    threads: int = typer.Option(0, "--threads", min=0, help=THREADS_HELP),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty --out."),
) -> None:
    """Quantize a Qwen2-VL-family model: llm-compressor (INT8 W8A8, GPTQ or AWQ W4A16) or llama.cpp GGUF."""
    import warnings

    from vlmedge.quantize.methods import get_method
    from vlmedge.threads import cpu_threads

    chosen = get_method(method)  # fails on an unknown method before loading anything
    if chosen.backend != "llm-compressor":
        ignored = [flag for flag, given in (("--calib", calib is not None), ("--samples", samples is not None),
                                            ("--recipe", recipe is not None), ("--quantize-vision", quantize_vision),
                                            ("--gguf-type", gguf_type is not None and method != "gguf"),
                                            ("--onnx-quant", onnx_quant is not None and method != "onnx"))
                   if given]
        if ignored:
            raise VlmedgeError(f"--method {method} takes no {', '.join(ignored)} ({chosen.backend} quantizes without "
                               f"calibration): drop them, or use `vlmedge export {method}` for its other options")
        if method == "gguf":
            export_gguf_command(out=out, model=model, kind=gguf_type or "q4_k_m", mmproj_kind="f16", threads=threads,
                                overwrite=overwrite)
        else:
            export_onnx_command(out=out, model=model, quant=onnx_quant or "int4", block_size=32, overwrite=overwrite,
                                vision_quant="fp32")
        return
    for flag, given in (("--gguf-type", gguf_type), ("--onnx-quant", onnx_quant)):
        if given is not None:
            raise VlmedgeError(f"{flag} is for --method {flag.split('-')[2]}, not {method}: drop it")
    import torch

    from vlmedge.quantize.run import quantize as run_quantize

    torch.set_num_threads(cpu_threads(threads))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        results = run_quantize(method, out, model=model, calib=calib or DEFAULT_CALIB,
                               samples=CALIB_SAMPLES if samples is None else samples, recipe_path=recipe,
                               quantize_vision=quantize_vision, overwrite=overwrite)
    for warning in caught:
        if "calibrating on only" in str(warning.message):
            stderr.print(f"warning: {warning.message}", soft_wrap=True)
    stdout.print(f"{method}: {results['quantized_linear_layers']} Linear layers quantized in "
                 f"{results['quantize_seconds']:.0f} s, weights {results['weights_bytes'] / 1e6:.1f} MB "
                 f"(from {results['source_weights_bytes'] / 1e6:.1f} MB) -> {out}", soft_wrap=True)


@app.command("train-default")
def train_default(
    out: Path = typer.Option(Path("runs/train-default"), "--out", help="Run folder (tokenizer, checkpoint, log)."),
    recipe: Optional[Path] = typer.Option(None, "--recipe", help="Recipe YAML (default: configs/train/...)."),
    resume: bool = typer.Option(False, "--resume", help="Continue from --out's checkpoint."),
    init_from: Optional[Path] = typer.Option(None, "--init-from",
                                             help="Start from these weights, e.g. models/vlmedge-tiny."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", help="Stop at this global step."),
    eval_dir: Optional[Path] = typer.Option(None, "--eval", help="A calibrate folder; its eval split is scored "
                                                                 "at each stage end."),
    export: Optional[Path] = typer.Option(None, "--export", help="Write the final model folder here "
                                                                 "(default RUN/model)."),
    export_only: bool = typer.Option(False, "--export-only", help="Only export --out's latest checkpoint."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty --export folder."),
    threads: int = typer.Option(0, "--threads", min=0, help=THREADS_HELP),
) -> None:
    """Train the embedded default model (a small Qwen2-VL) to read code screenshots, on CPU or CUDA."""
    from vlmedge.training.train import DEFAULT_RECIPE, export_model, train

    recipe = recipe or DEFAULT_RECIPE
    target = export or out / "model"
    if not export_only:
        result = train(out, recipe, resume=resume, init_from=init_from, max_steps=max_steps, eval_dir=eval_dir,
                       threads=threads, progress=stderr.is_terminal)
        stdout.print(f"trained to step {result['step']} in {result['seconds']:.0f} s")
    export_model(out, target, recipe, overwrite=overwrite or target == out / "model")
    stdout.print(f"model written to {target}")


@app.command()
def transcribe(
    images: list[Path] = typer.Argument(..., help="Screenshot files."),
    model: str = typer.Option("default", "--model", help=MODEL_HELP),
    max_new_tokens: int = typer.Option(1024, "--max-new-tokens", help=MAX_NEW_TOKENS_HELP),
    threads: int = typer.Option(0, "--threads", min=0, help=THREADS_HELP),
    image_max_tokens: Optional[int] = typer.Option(None, "--image-max-tokens",
                                                   help="llama.cpp: cap on vision tokens per image (default: the "
                                                        "model's own pixel budget)."),
    warmup: bool = typer.Option(True, "--warmup/--no-warmup", help="llama.cpp: encode a dummy image at load."),
    whole: bool = typer.Option(False, "--whole", help="Read each screenshot whole, even where the model asks to be "
                                                       "read by text rows and chunks (vlmedge/screenshots/line_rows.py)"
                                                       "."),
) -> None:
    """Transcribe code screenshots; prints one JSON line per image: {"image", "text", "ms"}."""
    import json

    from PIL import Image, UnidentifiedImageError

    from vlmedge.runtime.registry import open_runtime

    pictures = []
    for path in images:
        try:
            pictures.append(Image.open(path).convert("RGB"))
        except (OSError, UnidentifiedImageError) as exc:
            raise VlmedgeError(f"{path} is not a readable image ({type(exc).__name__}): pass PNG or JPEG files"
                               ) from exc
    runtime, _ = open_runtime(model, max_new_tokens=max_new_tokens, threads=threads,
                              image_max_tokens=image_max_tokens, warmup=warmup, by_rows=False if whole else None)
    for path, result in zip(images, runtime.transcribe(pictures), strict=True):
        print(json.dumps({"image": str(path), "text": result.text, "ms": round(result.ms, 1)}, ensure_ascii=False))


class GateFailed(VlmedgeError):
    exit_code = 3  # apart from bad input (2): the run worked, the variant is not fit to ship


@app.command()
def evaluate(
    eval_dir: Path = typer.Option(..., "--eval", help="A `vlmedge calibrate` folder; its eval split is scored."),
    out: Path = typer.Option(..., "--out", help="Results folder: results.json, predictions/, manifest.json."),
    variants: Optional[str] = typer.Option(
        None, "--variants", help="name=MODEL,... measured side by side; `baseline` is the reference; MODEL is "
        "`default`, a folder, a hub id, a server URL, or a peer (rapidocr, tesseract)."),
    model: Optional[str] = typer.Option(None, "--model", help="One model alone: --variants baseline=MODEL."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N eval samples."),
    repeats: int = typer.Option(1, "--repeats", help="Timing passes over the set (accuracy from the first)."),
    threads: int = typer.Option(0, "--threads", min=0, help=THREADS_HELP + " Each variant's process gets this many."),
    max_new_tokens: int = typer.Option(1024, "--max-new-tokens", help=MAX_NEW_TOKENS_HELP),
    gate: bool = typer.Option(False, "--gate", help="Exit 3 when a variant breaks its budget."),
    budgets: Optional[Path] = typer.Option(None, "--budgets", help="Budgets YAML (default configs/budgets.yaml)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty --out folder."),
) -> None:
    """Accuracy drop, speedup and memory of each variant against the baseline, in one interleaved run."""
    from vlmedge.evaluate.compare import evaluate_variants
    from vlmedge.evaluate.gate import DEFAULT_BUDGETS, read_budgets
    from vlmedge.evaluate.variants import parse_variants

    if variants and model:
        raise VlmedgeError("give --variants or --model, not both (--model M is --variants baseline=M)")
    chosen = parse_variants(variants or f"baseline={model or 'default'}")
    limits = read_budgets(budgets or DEFAULT_BUDGETS) if (gate or budgets) else {}
    if gate:  # before the run: a gate with nothing to check would pass whatever was measured
        _gateable([variant.name for variant in chosen], limits)
    if limit is not None and limit < 1:
        raise VlmedgeError(f"--limit {limit} must be >= 1")
    results = evaluate_variants(chosen, eval_dir, out, limit=limit, repeats=repeats, threads=threads,
                                max_new_tokens=max_new_tokens, overwrite=overwrite, progress=stderr.is_terminal)
    Console(width=max(stdout.width, 140), markup=False, highlight=False).print(_results_table(results))
    stdout.print(f"-> {out}/results.json")
    if gate:
        _gate(results, limits)


def _gateable(variants: list[str], limits: dict) -> list[str]:
    """The variants the budgets name; none is an error (exit 2), not a pass."""
    gated = [name for name in variants if name in limits]
    if not gated:
        raise VlmedgeError(f"nothing to gate: none of the variants ({', '.join(variants)}) has a budget (the budgets "
                           f"name {', '.join(limits) or 'nothing'}): add them to the budgets file or name the "
                           "variants as it does")
    return gated


def _gate(results: dict, limits: dict, report_only: bool = False) -> None:
    from vlmedge.evaluate.gate import check

    gated = _gateable(list(results["variants"]), limits)
    failures = check(results, limits)
    for name in gated:
        broken = [failure.split(": ", 1)[1] for failure in failures if failure.startswith(f"{name}: ")]
        stdout.print(f"{name}: " + (f"not shippable ({'; '.join(broken)})" if broken else "shippable"),
                     soft_wrap=True)
    if failures and not report_only:
        raise GateFailed("gate failed: " + "; ".join(failures))
    stdout.print(f"gate {'passed' if not failures else 'reported'}: {', '.join(gated)}")


@app.command()
def gate(
    results: Path = typer.Argument(..., help="A `vlmedge evaluate` results folder."),
    budgets: Optional[Path] = typer.Option(None, "--budgets", help="Budgets YAML (default configs/budgets.yaml)."),
    report_only: bool = typer.Option(False, "--report-only", help="Print each variant's verdict and exit 0 (as "
                                     "`make demo` does); without it a variant over budget exits 3."),
) -> None:
    """Check saved evaluate results against the budgets: one verdict per variant; exit 3 naming each broken limit."""
    from vlmedge.evaluate.compare import load_results
    from vlmedge.evaluate.gate import DEFAULT_BUDGETS, read_budgets

    _gate(load_results(results), read_budgets(budgets or DEFAULT_BUDGETS), report_only)


def _results_table(results: dict) -> Table:
    table = Table(title=f"{results['samples']} eval screenshots x {results['repeats']} repeat(s), "
                        f"{results['threads']} threads")
    for column in ("variant", "CER", "CER no-ws", "exact", "dCER", "speedup", "p50 ms", "peak RSS MB", "disk MB"):
        table.add_column(column, justify="left" if column == "variant" else "right")
    for name, v in results["variants"].items():
        overall, vs = v["accuracy"]["overall"], v["vs_baseline"]
        speed = vs["speedup"]
        table.add_row(name + (" (random weights)" if v.get("label") else ""), f"{overall['ws']['cer']:.2%}",
                      f"{overall['nows']['cer']:.2%}", f"{overall['ws']['exact_match']:.1%}",
                      f"{100 * vs['cer_increase']:+.2f}",
                      f"{speed['median']:.2f}x [{speed['min']:.2f}-{speed['max']:.2f}]" if speed else "-",
                      f"{v['speed']['end_to_end_ms'].get('p50', 0):.0f}", f"{v['peak_rss_mb']:.0f}",
                      f"{v['disk_mb']:.1f}" if v["disk_mb"] else "-")
    return table


@app.command()
def report(
    results: Path = typer.Argument(..., help="A `vlmedge evaluate` results folder."),
    out: Path = typer.Option(..., "--out", help="Report folder: report.md, report.html, plots."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty --out folder."),
    worst: int = typer.Option(6, "--worst", help="Worst examples shown per variant."),
) -> None:
    """Write report.md and a self-contained report.html (Pareto, speed, per-language heatmap, worst examples)."""
    from vlmedge.evaluate.report import write_report

    write_report(results, out, worst=worst, overwrite=overwrite)
    stdout.print(f"report -> {out}/report.html and {out}/report.md")


@app.command()
def synth(
    like: str = typer.Option(..., "--like", help="Shape to copy: qwen2-vl-2b, qwen2.5-vl-3b, qwen3-vl-2b."),
    out: Path = typer.Option(..., "--out", help="Model folder to write."),
    dtype: str = typer.Option("bfloat16", "--dtype", help="Weight dtype on disk: bfloat16, float16, float32."),
    seed: int = typer.Option(0, "--seed", help="Seed of the random weights."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty --out folder."),
) -> None:
    """A random-weight model of a real checkpoint's exact shape, for speed and memory only."""
    from vlmedge.models.synth import synthesize

    synthesize(like, out, dtype=dtype, seed=seed, overwrite=overwrite)
    stdout.print(f"random weights, {like} shape -> {out}")


export_app = typer.Typer(help="Package a model for an edge runtime (llama.cpp GGUF, ONNX Runtime).",
                         no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("gguf")
def export_gguf_command(
    out: Path = typer.Option(..., "--out", help="Output folder: model-TYPE.gguf, mmproj-TYPE.gguf, manifest.json."),
    model: str = typer.Option("default", "--model", help="`default`, a model folder or a hub id (fp16/bf16)."),
    kind: str = typer.Option("q4_k_m", "--type", help="Text model type: f16, f32, q8_0, q6_k, q5_k_m, q4_k_m, ..."),
    mmproj_kind: str = typer.Option("f16", "--mmproj-type", help="Vision projector: f16, q8_0 or f32 (exact)."),
    threads: int = typer.Option(0, "--threads", min=0, help=THREADS_HELP),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty --out folder."),
) -> None:
    """Convert a Qwen2-VL / Qwen2.5-VL model to llama.cpp GGUF (text model + mmproj)."""
    import json

    from vlmedge.export.gguf.export import export_gguf

    export_gguf(model, out, kind, mmproj_kind, threads, overwrite)
    results = json.loads((out / "manifest.json").read_text())["results"]
    for fallback in results["fallbacks"]:
        stderr.print(f"note: {fallback['tensor']} ({fallback['ncols']} columns, not a multiple of "
                     f"{fallback['block']}) is {fallback['used']}, not {fallback['wanted']}", soft_wrap=True)
    stdout.print(f"GGUF {kind} ({results['text_mb']} MB, {len(results['fallbacks'])} tensors fell back to another "
                 f"type) + mmproj {mmproj_kind} ({results['mmproj_mb']} MB) -> {out}", soft_wrap=True)


@export_app.command("onnx")
def export_onnx_command(
    out: Path = typer.Option(..., "--out", help="Output folder: vision.onnx, decoder.onnx, embed_tokens.npy, the "
                                                "processor files, manifest.json."),
    model: str = typer.Option("default", "--model", help="`default`, a Qwen2-VL or Qwen2.5-VL folder, or a hub id."),
    quant: str = typer.Option("fp32", "--quant", help="Decoder weights: fp32, fp16, int8 or int4 (MatMulNBits)."),
    vision_quant: str = typer.Option("fp32", "--vision-quant", help="Vision graph weights: fp32, fp16, int8 or int4 "
                                     "(int8 keeps the 2B shape's vision tower at 0.7 GB instead of 2.7)."),
    block_size: int = typer.Option(32, "--block-size", help="MatMulNBits block size for int8/int4 (32 or 128)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty --out folder."),
) -> None:
    """Export a Qwen2-VL / Qwen2.5-VL model to ONNX Runtime (vision and decoder graphs, quantized by onnxruntime)."""
    import json

    from vlmedge.export.onnx.export import export_onnx

    export_onnx(model, out, quant, block_size, overwrite, vision_quant)
    results = json.loads((out / "manifest.json").read_text())["results"]
    stdout.print(f"ONNX {quant} (vision {vision_quant}): {results['total_mb']} MB in {results['export_s']} s; "
                 "prompt logits vs transformers "
                 f"rel L2 {results['parity']['prompt_logits_rel_l2']:.1e} -> {out}", soft_wrap=True)


@export_app.command("bundle")
def export_bundle_command(
    variant: Path = typer.Option(..., "--variant", help="A `vlmedge export gguf` or `vlmedge export onnx` folder."),
    target: str = typer.Option("edge-4gb", "--target", help="A device target in configs/targets/."),
    out: Path = typer.Option(..., "--out", help="The bundle, a .tar file."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing --out file."),
) -> None:
    """Measure a GGUF or ONNX variant on this machine and pack it for a device; refuses when it does not fit."""
    from vlmedge.export.bundle import build_bundle

    manifest = build_bundle(variant, target, out, overwrite)
    measured = manifest["measured"]
    size_mb = sum(entry["bytes"] for entry in manifest["files"]) / 2**20
    stdout.print(f"{out}: {size_mb:.1f} MB ({manifest['runtime']}); peak RSS {measured['peak_rss_mb']:.0f} MB (budget "
                 f"{manifest['target']['max_peak_rss_mb']} MB), {measured['ms']:.0f} ms per screenshot, decode "
                 f"{measured['decode_tokens_per_s']} tokens/s", soft_wrap=True)


@app.command("grade")
def grade_command(
    problem: str = typer.Option(..., "--problem", help="A bank problem id (`vlmedge problems`) or a problem YAML "
                                                        "file."),
    image: Optional[Path] = typer.Option(None, "--image", help="A screenshot of the code (PNG or JPEG)."),
    code: Optional[Path] = typer.Option(None, "--code", help="The code itself, instead of a screenshot."),
    language: Optional[str] = typer.Option(None, "--language", help="The code's language (default: detected among "
                                                                    "the problem's)."),
    model: str = typer.Option("default", "--model", help="What reads a screenshot: " + MODEL_HELP),
    json_output: bool = typer.Option(False, "--json", help="Print one JSON object instead of a table."),
    threads: int = typer.Option(0, "--threads", min=0, help=THREADS_HELP + " Tests run this many at a time."),
    enhance: bool = typer.Option(False, "--enhance", help="Stretch contrast and denoise the screenshot first (off by "
                                                          "default: it read degraded screenshots worse, see README)."),
) -> None:
    """Grade a screenshot of code (or the code) against a problem's tests in a sandbox: score and feedback."""
    import json

    from vlmedge.grader.grade import grade
    from vlmedge.grader.problem import load_problem

    chosen = load_problem(problem)
    if (image is None) == (code is None):
        raise VlmedgeError("give --image SCREENSHOT or --code FILE, one of the two")
    runtime, picture, text = None, None, None
    if image is not None:
        from vlmedge.runtime.registry import open_runtime
        from vlmedge.screenshots.reading import open_screenshot

        picture = open_screenshot(image)
        runtime, _ = open_runtime(model, threads=threads)
    else:
        try:
            text = code.read_bytes().decode("utf-8")  # type: ignore[union-attr]
        except (OSError, UnicodeDecodeError) as exc:
            raise VlmedgeError(f"--code {code} cannot be read as UTF-8 text ({type(exc).__name__}): pass a source "
                               "file") from None
    result = grade(chosen, code=text, image=picture, language=language, runtime=runtime, workers=threads,
                   enhance=enhance)
    if json_output:
        print(json.dumps(result.as_dict(), ensure_ascii=False))
        return
    table = Table(title=f"{chosen.id} in {result.language}: score {result.score:.2f} ({result.passed}/"
                        f"{result.total} tests)")
    for column in ("test", "verdict", "weight", "CPU ms", "memory MB", "message"):
        table.add_column(column, justify="right" if column in ("weight", "CPU ms", "memory MB") else "left")
    for test in result.tests:
        table.add_row(test.name, test.verdict.value, f"{test.weight:g}", f"{test.time_ms:.0f}",
                      f"{test.memory_kb / 1024:.1f}", test.message.split("\n")[0][:80])
    stdout.print(table)
    for line in result.feedback:
        stdout.print(line, soft_wrap=True)


@app.command()
def serve(
    model: str = typer.Option("default", "--model", help="What reads screenshots: " + MODEL_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but loopback needs --token."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    db: str = typer.Option("sqlite:///runs/serve/vlmedge.db", "--db",
                           help="Database URL (SQLAlchemy): sqlite:///PATH, or postgresql+psycopg://USER@HOST/DB "
                                "shared by replicas."),
    token: Optional[str] = typer.Option(None, "--token", envvar="VLMEDGE_TOKEN",
                                        help="Bearer token every /v1 write needs (or VLMEDGE_TOKEN)."),
    workers: int = typer.Option(4, "--workers", min=1, help="Submissions graded at once in this process (one "
                                                                "reading a screenshot leaves the others grading)."),
    queue_size: int = typer.Option(64, "--queue", min=1, help="Submissions waiting; one more is answered 429."),
    wait_s: float = typer.Option(120.0, "--wait", help="Seconds a ?wait=true request waits before answering 202."),
    replica: Optional[str] = typer.Option(None, "--replica", help="This server's name in a shared database "
                                                                   "(default HOST:PORT): it recovers its own."),
    threads: int = typer.Option(0, "--threads", min=0, help=THREADS_HELP),
) -> None:
    """Serve the grader: REST API (OpenAPI at /docs), a web page at /, history in a database."""
    import ipaddress
    import logging

    import uvicorn

    from vlmedge.serve.app import create_app
    from vlmedge.serve.service import Settings

    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not token:
        raise VlmedgeError(f"--host {host} is not loopback: give --token (or VLMEDGE_TOKEN) so writes need it, or "
                           "serve on 127.0.0.1")
    if db.startswith("sqlite:///"):
        Path(db.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    settings = Settings(model=model, db=db, token=token, workers=workers, queue_size=queue_size, wait_s=wait_s,
                        replica=replica or f"{host}:{port}", threads=threads)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)


@app.command()
def problems() -> None:
    """List the grader's problem bank: id, title, tests and the languages each takes."""
    from vlmedge.grader.problem import LANGUAGES, bank_ids, load_problem

    for problem_id in bank_ids():  # one plain line each: read by people and by grep alike
        problem = load_problem(problem_id)
        languages = "all 12 languages" if len(problem.languages) == len(LANGUAGES) else ", ".join(problem.languages)
        stdout.print(f"{problem.id:<22} {problem.title:<44} {len(problem.tests):>2} tests  {problem.checker:<15} "
                     f"{languages}", soft_wrap=True)


@app.command()
def stages() -> None:
    """List the pipeline's stages and whether each is available yet."""
    for name, description, status in PIPELINE:
        stdout.print(f"{name:<10} {description:<62} {status}", soft_wrap=True)


# What pip extra brings a module the light base install lacks (pyproject.toml's optional-dependencies).
EXTRAS = {"torch": "torch", "transformers": "torch", "safetensors": "torch", "datasets": "torch",
          "fontTools": "torch", "tree_sitter": "parsing", "llama_cpp": "llama", "gguf": "llama",
          "llmcompressor": "quantize", "compressed_tensors": "quantize", "rapidocr": "peers", "onnxruntime": "onnx",
          "onnx": "onnx", "onnxscript": "onnx", "tokenizers": "onnx", "matplotlib": "report", "lizard": "grader",
          "pyseccomp": "grader", "fastapi": "serve", "uvicorn": "serve", "sqlalchemy": "serve",
          "prometheus_client": "serve"}


def main() -> None:
    try:
        sys.exit(app(standalone_mode=False) or 0)  # standalone off: usage errors come here, to be one line too
    except typer.TyperException as exc:
        context = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError" or not hasattr(exc, "format_message"):
            exc.show()  # type: ignore[attr-defined]
        else:
            where = f" (`{context.command_path} --help` lists them)" if context is not None else ""
            stderr.print(f"error: {exc.format_message()}{where}", soft_wrap=True)
        sys.exit(getattr(exc, "exit_code", 2))
    except typer.Abort:
        stderr.print("interrupted: nothing was written")
        sys.exit(130)
    except VlmedgeError as exc:
        stderr.print(f"error: {exc}", soft_wrap=True)
        sys.exit(exc.exit_code)
    except ModuleNotFoundError as exc:
        extra = EXTRAS.get((exc.name or "").split(".")[0])
        if extra is None:
            raise
        stderr.print(f"error: this command needs {exc.name}, which the light base install leaves out: "
                     f"pip install 'vlmedge[{extra}]' (or `make setup` for everything)", soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        stderr.print("interrupted: nothing was written")
        sys.exit(130)


if __name__ == "__main__":
    main()
