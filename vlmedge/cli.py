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

app = typer.Typer(
    name="vlmedge",
    help="Shrink Qwen2-VL-family vision-language models and ship them to edge devices.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stdout = Console()
stderr = Console(stderr=True)

# Stages of the main job in order; the ones not built yet are reported by `vlmedge stages`.
PIPELINE = (
    ("calibrate", "build calibration and evaluation sets of code screenshots", "ready"),
    ("quantize", "INT8, GPTQ, AWQ and GGUF variants of a Qwen2-VL-family model",
     "int8, gptq, awq ready; gguf not built yet"),
    ("evaluate", "accuracy drop, speedup and memory against the fp16 baseline",
     "partial: accuracy of one model; variants, speed and gates not built yet"),
    ("report", "benchmark report with plots", "not built yet"),
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
    method: str = typer.Option(..., "--method", help="int8, gptq or awq."),
    out: Path = typer.Option(..., "--out", help="Output folder (compressed-tensors model + manifest.json)."),
    model: str = typer.Option("default", "--model", help="`default`, a model folder, or a hub id."),
    calib: Path = typer.Option(Path("runs/calib"), "--calib", help="A `vlmedge calibrate` folder."),
    samples: int = typer.Option(64, "--samples", help="Calibration samples (image + prompt + answer)."),
    recipe: Optional[Path] = typer.Option(None, "--recipe", help="llm-compressor recipe YAML (default per method)."),
    quantize_vision: bool = typer.Option(False, "--quantize-vision", help="Quantize the vision tower too."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty --out."),
) -> None:
    """Quantize a Qwen2-VL-family model with llm-compressor (INT8 W8A8, GPTQ or AWQ W4A16)."""
    import warnings

    from vlmedge.quantize.methods import get_method
    from vlmedge.quantize.run import quantize as run_quantize

    get_method(method)  # fail on an unknown method before loading anything
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        results = run_quantize(method, out, model=model, calib=calib, samples=samples, recipe_path=recipe,
                               quantize_vision=quantize_vision, overwrite=overwrite)
    for warning in caught:
        if "calibrating on only" in str(warning.message):
            stderr.print(f"warning: {warning.message}", highlight=False, soft_wrap=True)
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
    threads: int = typer.Option(0, "--threads", help="Torch threads; 0 = one per CPU."),
) -> None:
    """Train the embedded default model (a small Qwen2-VL) to read code screenshots, on CPU or CUDA."""
    from vlmedge.models.train import DEFAULT_RECIPE, export_model, train

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
    model: str = typer.Option("default", "--model", help="`default`, a model folder, a hub id, or `rapidocr`."),
    max_new_tokens: int = typer.Option(1024, "--max-new-tokens"),
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
    runtime, _ = open_runtime(model, max_new_tokens=max_new_tokens)
    for path, result in zip(images, runtime.transcribe(pictures), strict=True):
        print(json.dumps({"image": str(path), "text": result.text, "ms": round(result.ms, 1)}, ensure_ascii=False))


@app.command()
def evaluate(
    eval_dir: Path = typer.Option(..., "--eval", help="A `vlmedge calibrate` folder; its eval split is scored."),
    out: Path = typer.Option(..., "--out", help="Results JSON file."),
    model: str = typer.Option("default", "--model", help="`default`, a model folder, a hub id, or `rapidocr`."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N eval samples."),
    batch_size: int = typer.Option(4, "--batch-size"),
) -> None:
    """Accuracy of a model on an eval split: CER (with and without whitespace), exact match, per group."""
    from vlmedge.evaluate.accuracy import evaluate_accuracy

    result = evaluate_accuracy(model, eval_dir, out, limit=limit, batch_size=batch_size,
                               progress=stderr.is_terminal)
    overall = result["overall"]
    stdout.print(f"CER {overall['ws']['cer']:.2%} (no-whitespace {overall['nows']['cer']:.2%}), exact match "
                 f"{overall['ws']['exact_match']:.1%} on {overall['ws']['samples']} samples -> {out}")


@app.command()
def stages() -> None:
    """List the pipeline's stages and whether each is available yet."""
    for name, description, status in PIPELINE:
        stdout.print(f"{name:<10} {description:<62} {status}", soft_wrap=True)


def main() -> None:
    try:
        app()
    except VlmedgeError as exc:
        stderr.print(f"error: {exc}", highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        stderr.print("interrupted: nothing was written", highlight=False)
        sys.exit(130)


if __name__ == "__main__":
    main()
