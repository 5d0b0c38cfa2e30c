"""Building the calibration and evaluation sets: plan every sample, render them in parallel, save a DatasetDict.

Planning (choosing code, renderer settings and degradations) is cheap and runs in the main process from a
per-sample RNG, so the result depends only on the arguments and the seed, never on worker scheduling.
Rendering, degrading and PNG encoding run in a process pool.
"""

from __future__ import annotations

import hashlib
import io
import json
import multiprocessing
import os
import random
import shutil
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator

from PIL import Image

from vlmedge.calibration import degrade, fonts, words
from vlmedge.calibration.languages import Language, all_languages, get_language
from vlmedge.calibration.program import ProgramGenerator
from vlmedge.calibration.render import RenderSpec, image_size, normalize_code, render, vision_tokens
from vlmedge.calibration.sources import SourceFile, SourcePool, collect_sources, pick_snippet
from vlmedge.calibration.themes import THEMES
from vlmedge.errors import VlmedgeError
from vlmedge.progress import ProgressBar
from vlmedge.stage import StageRecord, prepare_output_dir, stage_output

SPLITS = ("calibration", "eval")
DEFAULT_MAX_PIXELS = 512 * 28 * 28  # 512 merged vision tokens
_PLAN_ATTEMPTS = 32


@dataclass(frozen=True)
class BuildConfig:
    samples: int = 512
    eval_samples: int = 512
    seed: int = 0
    languages: tuple[str, ...] = ()  # empty: every registered language
    sources: tuple[str, ...] = ()
    source_fraction: float = 0.5  # share of samples cut from --source files, when given
    max_pixels: int = DEFAULT_MAX_PIXELS
    clean_fraction: float = 0.35
    max_lines: int = 24
    max_columns: int = 100
    themes: tuple[str, ...] = tuple(THEMES)
    fonts: tuple[str, ...] = fonts.CORE_FONTS
    font_sizes: tuple[int, int] = (12, 20)
    workers: int = 0  # 0: one per CPU
    preview: int = 0  # also write the first N eval (else calibration) samples as PNG + reference text

    def language_names(self) -> list[str]:
        return [get_language(n).name for n in self.languages] if self.languages else list(all_languages())

    def validate(self) -> None:
        if self.samples < 0 or self.eval_samples < 0 or self.samples + self.eval_samples == 0:
            raise VlmedgeError("--samples and --eval-samples must be >= 0 and not both 0")
        if not 0.0 <= self.source_fraction <= 1.0:
            raise VlmedgeError(f"--source-fraction {self.source_fraction} must be between 0 and 1")
        if self.max_pixels < 28 * 28 * 4:
            raise VlmedgeError(f"--max-pixels {self.max_pixels} is too small for one line of code: use >= 3136")
        for theme in self.themes:
            if theme not in THEMES:
                raise VlmedgeError(f"unknown theme {theme!r}: supported themes are {', '.join(THEMES)}")
        for font in self.fonts:
            if font not in fonts.FONTS:
                raise VlmedgeError(f"unknown font {font!r}: supported fonts are {', '.join(fonts.FONTS)}")
        self.language_names()


@dataclass(frozen=True)
class SamplePlan:
    split: str
    index: int
    language: str
    lexer: str
    origin: str  # "generated" or "source"
    source_id: str
    natural_language: str  # of comments and messages; "" for real code
    text: str
    spec: RenderSpec
    degradation: tuple[tuple[str, dict[str, Any]], ...]
    degrade_seed: int


@dataclass
class BuildResult:
    fingerprint: str
    counts: dict[str, dict[str, int]]  # split -> language -> count
    seconds: float
    skipped_sources: dict[str, int] = field(default_factory=dict)


# ---------- planning ----------
def _sample_rng(seed: int, split: str, index: int, attempt: int = 0) -> random.Random:
    # String seeds hash with SHA-512 inside `random`, so they are stable across processes and runs.
    return random.Random(f"vlmedge/{seed}/{split}/{index}/{attempt}")


def _render_spec(rng: random.Random, config: BuildConfig, language: Language, shrink: int) -> RenderSpec:
    low, high = config.font_sizes
    size = max(low, rng.randint(low, high) - shrink)
    chrome = rng.random() < 0.3
    stem = rng.choice(["main", "solution", "utils", "app", "handler", "lib", "model", "test_case"])
    return RenderSpec(
        theme=rng.choice(config.themes),
        font=rng.choice(config.fonts),
        font_size=size,
        line_spacing=round(rng.uniform(1.2, 1.6), 2),
        padding=rng.randint(6, 20),
        line_numbers=rng.random() < 0.35,
        first_line_number=1 if rng.random() < 0.5 else rng.randint(1, 300),
        chrome=chrome,
        margin=rng.randint(0, 24) if chrome else 0,
        title=f"{stem}{language.extensions[0]}" if chrome else "",
    )


def _natural_language(rng: random.Random) -> str:
    names, weights = zip(*words.NATURAL_LANGUAGE_WEIGHTS.items(), strict=True)
    return rng.choices(names, weights=weights)[0]


def _fits(text: str, spec: RenderSpec, config: BuildConfig) -> bool:
    lines = text.split("\n")
    if not text.strip() or len(lines) > config.max_lines:
        return False
    if max(len(line) for line in lines) > config.max_columns:
        return False
    width, height = image_size(text, spec)
    return width * height <= config.max_pixels


def plan_sample(config: BuildConfig, split: str, index: int, languages: list[str],
                by_language: dict[str, list[SourceFile]], taken: set[str]) -> SamplePlan:
    """Choose code, renderer settings and degradations for one sample; code never repeats a taken source_id.

    `by_language` holds the split's source files per language (computed once per split, not per sample).
    """
    language = get_language(languages[index % len(languages)])
    for attempt in range(_PLAN_ATTEMPTS):
        rng = _sample_rng(config.seed, split, index, attempt)
        shrink = attempt // 4  # later attempts ask for less code, smaller fonts, no window chrome
        spec = _render_spec(rng, config, language, shrink)
        if shrink >= 3:
            spec = replace(spec, chrome=False, margin=0, title="", line_numbers=False, padding=min(spec.padding, 8))
        target_lines = max(2, rng.randint(3, config.max_lines) // (1 + shrink))
        files = by_language.get(language.name)
        if files and rng.random() < config.source_fraction:
            source = rng.choice(files)
            text = normalize_code(pick_snippet(source, rng, target_lines), language.tab_size)
            origin, natural, source_id = "source", "", source.source_id
        else:
            natural = _natural_language(rng)
            syntax = language.syntax(rng)
            size = max(0, rng.randint(1, 3) - shrink)
            text = normalize_code(syntax.render(ProgramGenerator(rng, syntax.caps, natural, size).unit()),
                                  language.tab_size)
            origin = "generated"
            # A generated program is known by its text, so one program can never sit in both splits.
            source_id = "gen:" + hashlib.sha256(f"{language.name}\n{text}".encode()).hexdigest()[:16]
            if source_id in taken:
                continue
        if not _fits(text, spec, config) or fonts.unrenderable(text, fonts.FONTS[spec.font]):
            continue
        plan = degrade.sample_plan(rng, config.clean_fraction)
        return SamplePlan(split, index, language.name, language.pygments_lexer, origin, source_id, natural, text,
                          spec, tuple(plan), rng.getrandbits(31))
    raise VlmedgeError(f"could not fit a {language.display} snippet into --max-pixels {config.max_pixels} "
                       f"with --max-lines {config.max_lines}: raise --max-pixels")


def plan_all(config: BuildConfig, pool: SourcePool | None) -> list[SamplePlan]:
    languages = config.language_names()
    calib_pool, eval_pool = (None, None)
    if pool is not None:
        total = config.samples + config.eval_samples
        calib_pool, eval_pool = pool.split(config.eval_samples / total)
    plans: list[SamplePlan] = []
    calib_ids: set[str] = set()
    calib_files = calib_pool.by_language() if calib_pool else {}
    eval_files = eval_pool.by_language() if eval_pool else {}
    for index in range(config.samples):
        plan = plan_sample(config, "calibration", index, languages, calib_files, set())
        calib_ids.add(plan.source_id)
        plans.append(plan)
    for index in range(config.eval_samples):
        plans.append(plan_sample(config, "eval", index, languages, eval_files, calib_ids))
    return plans


# ---------- rendering (in workers) ----------
def render_image(plan: SamplePlan) -> Image.Image:
    image = render(plan.text, plan.lexer, plan.spec)
    return degrade.apply_plan(image, list(plan.degradation), plan.degrade_seed)


def render_sample(plan: SamplePlan) -> dict[str, Any]:
    image = render_image(plan)
    buffer = io.BytesIO()
    # compress_level 1: ~4x faster than the default and lossless all the same.
    image.save(buffer, "PNG", compress_level=1)
    width, height = image.size
    return {
        "image": {"bytes": buffer.getvalue(), "path": None},
        "text": plan.text,
        "language": plan.language,
        "theme": plan.spec.theme,
        "font": plan.spec.font,
        "font_size": plan.spec.font_size,
        "degradation": degrade.plan_label(list(plan.degradation)),
        "degradation_params": json.dumps([{"name": n, **p} for n, p in plan.degradation], sort_keys=True),
        "source_id": plan.source_id,
        "origin": plan.origin,
        "natural_language": plan.natural_language,
        "line_numbers": plan.spec.line_numbers,
        "chrome": plan.spec.chrome,
        "width": width,
        "height": height,
        "vision_tokens": vision_tokens(width, height),
        "render": json.dumps(plan.spec.as_dict(), sort_keys=True),
    }


def _rendered(plans: list[SamplePlan], workers: int) -> Iterator[dict[str, Any]]:
    if workers <= 1:
        yield from map(render_sample, plans)
        return
    # spawn, not fork: the parent has pyarrow threads by now, and a forked child can die on their locks.
    # An executor (unlike multiprocessing.Pool) raises BrokenProcessPool when a worker dies instead of hanging.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as executor:
        try:
            yield from executor.map(render_sample, plans, chunksize=16)
        finally:
            executor.shutdown(wait=False, cancel_futures=True)


def features():  # type: ignore[no-untyped-def]
    from datasets import Features, Value
    from datasets import Image as ImageFeature

    strings = ("text", "language", "theme", "font", "degradation", "degradation_params", "source_id", "origin",
               "natural_language", "render")
    spec: dict[str, Any] = {"image": ImageFeature()}
    spec.update({name: Value("string") for name in strings})
    spec.update({"font_size": Value("int32"), "line_numbers": Value("bool"), "chrome": Value("bool"),
                 "width": Value("int32"), "height": Value("int32"), "vision_tokens": Value("int32")})
    return Features(spec)


def _record_digest(record: dict[str, Any]) -> bytes:
    meta = {k: v for k, v in record.items() if k != "image"}
    image_hash = hashlib.sha256(record["image"]["bytes"]).hexdigest()
    return (json.dumps(meta, sort_keys=True, ensure_ascii=False) + image_hash).encode()


# ---------- the stage ----------
def build(config: BuildConfig, out: Path, overwrite: bool = False, progress: bool = True) -> BuildResult:
    from datasets import Dataset, DatasetDict, disable_progress_bars
    from datasets.arrow_writer import ArrowWriter

    disable_progress_bars()  # ours covers the slow part; theirs would print per split

    config.validate()
    prepare_output_dir(Path(out), overwrite)
    languages = config.language_names()
    fonts.check_installed(list(config.fonts))
    pool = collect_sources(list(config.sources), languages, config.max_lines) if config.sources else None

    started = time.perf_counter()
    plans = plan_all(config, pool)
    workers = config.workers or os.cpu_count() or 1
    record = StageRecord("calibrate", parameters={**asdict(config), "languages": languages, "workers": workers})
    if pool is not None:
        record.inputs["sources"] = [{"path": f.path, "source_id": f.source_id, "language": f.language.name}
                                    for f in pool.files]
    digest = hashlib.sha256()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    by_degradation: dict[str, Counter[str]] = defaultdict(Counter)
    by_theme: dict[str, Counter[str]] = defaultdict(Counter)
    by_origin: dict[str, Counter[str]] = defaultdict(Counter)
    max_tokens = 0

    with stage_output(Path(out), record, overwrite) as folder:
        work = folder / ".work"
        work.mkdir()
        writers = {split: ArrowWriter(features=features(), path=str(work / f"{split}.arrow")) for split in SPLITS}
        with ProgressBar(progress, len(plans), "rendering", transient=True) as advance:
            for plan, row in zip(plans, _rendered(plans, workers), strict=True):
                writers[plan.split].write(row)
                digest.update(plan.split.encode() + _record_digest(row))
                counts[plan.split][plan.language] += 1
                by_degradation[plan.split][row["degradation"]] += 1
                by_theme[plan.split][plan.spec.theme] += 1
                by_origin[plan.split][plan.origin] += 1
                max_tokens = max(max_tokens, row["vision_tokens"])
                advance()
        for writer in writers.values():
            writer.finalize()
            writer.close()
        # A split asked to hold 0 samples is left out: datasets saves an empty split it cannot load back.
        splits = DatasetDict({split: Dataset.from_file(str(work / f"{split}.arrow"))
                              for split in SPLITS if counts[split]})
        splits.save_to_disk(str(folder))
        if config.preview:
            _write_preview(splits, folder / "preview", config.preview)
        del splits
        shutil.rmtree(work)
        seconds = time.perf_counter() - started
        fingerprint = digest.hexdigest()
        record.results.update({
            "fingerprint": fingerprint,
            "counts": {split: dict(sorted(counts[split].items())) for split in SPLITS},
            "counts_by_degradation": {split: dict(sorted(by_degradation[split].items())) for split in SPLITS},
            "counts_by_theme": {split: dict(sorted(by_theme[split].items())) for split in SPLITS},
            "counts_by_origin": {split: dict(sorted(by_origin[split].items())) for split in SPLITS},
            "skipped_source_files": dict(pool.skipped) if pool else {},
            "max_pixels": config.max_pixels,
            "max_vision_tokens": max_tokens,
            "samples_per_second": round(len(plans) / seconds, 1),
            "eval_disjoint_from_calibration_by": "source_id (a generated program, or a whole source file)",
        })
    return BuildResult(fingerprint, {split: dict(counts[split]) for split in SPLITS}, seconds,
                       dict(pool.skipped) if pool else {})


def _write_preview(splits: Any, folder: Path, count: int) -> None:
    """A few samples as plain files, to look at and to feed `vlmedge transcribe`."""
    split_name = "eval" if "eval" in splits else "calibration"
    split = splits[split_name]
    folder.mkdir()
    for index in range(min(count, len(split))):
        row = split[index]
        stem = f"{split_name}-{index:04d}-{row['language']}"
        row["image"].save(folder / f"{stem}.png")
        (folder / f"{stem}.txt").write_text(row["text"] + "\n")
