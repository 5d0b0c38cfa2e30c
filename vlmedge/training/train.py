"""`vlmedge train-default`: train the embedded Qwen2-VL from scratch to read code screenshots.

The run folder holds `checkpoint/` (model, processor, optimizer, step; replaced atomically every
`checkpoint_every` steps), `checkpoint-<stage>/` (a copy taken at each finished stage's end), `kept/step-N/`
(model folders exported every `keep_every` steps, when the recipe asks), `log.jsonl`, and at the end `model/` (a
stage folder with a manifest). Re-running with `--resume` continues from the checkpoint;
`--init-from` starts a new run from shipped weights (e.g. models/vlmedge-tiny) to keep training them.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import time
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from vlmedge.calibration import fonts, words
from vlmedge.calibration.build import BuildConfig
from vlmedge.calibration.languages import all_languages
from vlmedge.calibration.program import ProgramGenerator
from vlmedge.calibration.render import MERGED_PATCH, normalize_code
from vlmedge.calibration.sources import SourceFile, collect_sources, is_glob, place
from vlmedge.calibration.themes import THEMES
from vlmedge.errors import VlmedgeError
from vlmedge.models.architecture import build_config, read_spec
from vlmedge.models.processor import load_processor, make_processor, save_processor
from vlmedge.models.tokenizer import train_tokenizer
from vlmedge.paths import TRAIN_RECIPE, in_data_root
from vlmedge.progress import ProgressBar
from vlmedge.screenshots import line_grid, line_rows
from vlmedge.stage import StageRecord, stage_output
from vlmedge.threads import cpu_threads
from vlmedge.training.data import Collator, SampleStream, StageData
from vlmedge.training.glyph_ctc import GlyphCTCHead, MergedTokens
from vlmedge.training.guided_attention import GuidedAttention
from vlmedge.training.recipe import read_recipe

DEFAULT_RECIPE = TRAIN_RECIPE
LINE_GRID_TOKENS = line_grid.DEFAULT_TOKENS


@dataclass
class Stage:
    name: str
    until_step: int
    batch_size: int
    data: StageData
    glyph_ctc: float = 0.0  # weight of the auxiliary CTC loss on the vision tokens (single-line stages)
    answer: bool = True  # False: train the vision tower on glyph_ctc alone (about 3x cheaper per sample)
    align: float = 0.0  # weight of the guided-attention loss (plain lines on the token grid: layout known)
    cooldown_steps: int = 0  # the stage's last steps, over which the LR falls linearly to cooldown_to x LR
    cooldown_to: float = 1.0


def stages_of(recipe: dict[str, Any]) -> list[Stage]:
    stages: list[Stage] = []
    for stage in recipe["stages"]:
        if not stage.get("answer", True) and not stage.get("glyph_ctc"):
            raise VlmedgeError(f"training stage {stage['name']} has answer: false and no glyph_ctc weight, so it "
                               "trains nothing: set glyph_ctc > 0 or drop answer: false")
        replay, replay_fraction = None, 0.0
        if "replay" in stage:
            earlier = {s.name: s.data for s in stages}
            if stage["replay"].get("stage") not in earlier:
                raise VlmedgeError(f"training stage {stage['name']} replays {stage['replay'].get('stage')!r}, which "
                                   f"is not an earlier stage: name one of {list(earlier)}")
            replay, replay_fraction = earlier[stage["replay"]["stage"]], float(stage["replay"]["fraction"])
        data = StageData(stage["max_lines"], stage["clean_fraction"], stage["random_fraction"],
                         tuple(stage["font_sizes"]), stage.get("max_columns", 100), tuple(stage.get("themes", ())),
                         tuple(stage.get("fonts", ())), stage.get("plain", False), stage.get("pad_to", 0),
                         stage.get("padding"), stage.get("fixed_width", 0), stage.get("grid", False), replay,
                         replay_fraction, LINE_GRID_TOKENS if stage.get("line_grid") else 0,
                         int(stage.get("rows", 0)), float(stage.get("single_rows", 0.5)),
                         float(stage.get("real_code", 0.0)))
        if not 0.0 <= data.real_code <= 1.0:
            raise VlmedgeError(f"training stage {stage['name']} has real_code: {data.real_code}: give the share of "
                               "code samples cut from real code, between 0 and 1")
        if data.rows and not data.line_grid:
            raise VlmedgeError(f"training stage {stage['name']} sets rows: {data.rows} without line_grid: true; rows "
                               "are cut from line-grid renders (and fall back to them): add line_grid: true")
        if stage.get("align") and not (data.layout_known or (replay and replay.layout_known)):
            raise VlmedgeError(f"training stage {stage['name']} sets align but its layout is not known exactly: "
                               f"align needs line_grid: true, or plain: true, pad_to: {MERGED_PATCH} and max_lines: 1 "
                               "or grid: true (in the stage or in the stage it replays)")
        cooldown = stage.get("cooldown", {})
        steps_in_stage = stage["until_step"] - (stages[-1].until_step if stages else 0)
        if cooldown and not (0 < cooldown.get("steps", 0) <= steps_in_stage and 0 < cooldown.get("to", 0) <= 1):
            raise VlmedgeError(f"training stage {stage['name']} has cooldown {cooldown}: give steps between 1 and the "
                               f"stage's {steps_in_stage} steps and a final LR fraction `to` in (0, 1]")
        stages.append(Stage(stage["name"], stage["until_step"], stage["batch_size"], data,
                            stage.get("glyph_ctc", 0.0), stage.get("answer", True), stage.get("align", 0.0),
                            int(cooldown.get("steps", 0)), float(cooldown.get("to", 1.0))))
    return stages


def tokenizer_corpus(units: int, seed: int) -> list[str]:
    rng = random.Random(f"tokenizer/{seed}")
    languages = list(all_languages().values())
    corpus = []
    for index in range(units):
        language = languages[index % len(languages)]
        syntax = language.syntax(rng)
        natural = rng.choice(list(words.COMMENTS))
        code = syntax.render(ProgramGenerator(rng, syntax.caps, natural, rng.randint(1, 3)).unit())
        corpus.append(normalize_code(code, language.tab_size))
    return corpus


def base_build_config(recipe: dict[str, Any]) -> BuildConfig:
    holdout = recipe.get("holdout", {})
    return BuildConfig(
        samples=1, eval_samples=0, seed=recipe["seed"], max_pixels=recipe["max_pixels"],
        themes=tuple(t for t in THEMES if t not in holdout.get("themes", [])),
        fonts=tuple(f for f in fonts.FONTS if f not in holdout.get("fonts", [])),
    )


def real_code_pool(recipe: dict[str, Any], languages: list[str]) -> dict[str, list[SourceFile]]:
    """The recipe's `real_code` files found on this machine, by language, minus the held-out real code.

    Held out by place (nothing under `holdout.sources`) and by content (no file whose text is a held-out one's).
    """
    held_out = [place(spec) for spec in recipe.get("holdout", {}).get("sources", [])]
    wanted = [place(spec) for spec in recipe.get("real_code", [])]
    # A recipe names places on a typical machine; what is missing here is skipped, and the manifest says what was read.
    present = [spec for spec in wanted if is_glob(spec) or Path(spec).exists()]
    if not present:
        return {}
    try:  # globs that match no code here, or files all held out: generated code only, as train() then says
        pool = collect_sources(present, languages, 24, exclude=tuple(held_out))
    except VlmedgeError:
        return {}
    present_held_out = [spec for spec in held_out if Path(spec).exists()]
    try:
        held_ids = {f.source_id for f in collect_sources(present_held_out, languages, 24).files}
    except VlmedgeError:  # nothing held out here is code of these languages
        held_ids = set()
    pool.files = [f for f in pool.files if f.source_id not in held_ids]
    return pool.by_language()


def _recipe_tokenizer(recipe: dict[str, Any]) -> Any:
    return train_tokenizer(tokenizer_corpus(recipe["tokenizer"]["corpus_units"], recipe["seed"]),
                           recipe["tokenizer"]["vocab_size"])


def carry_weights(source: torch.nn.Module, target: torch.nn.Module) -> int:
    """Copy every tensor of `source` that `target` has under the same name and shape; returns how many."""
    wanted = target.state_dict()
    matching = {name: tensor for name, tensor in source.state_dict().items()
                if name in wanted and wanted[name].shape == tensor.shape}
    target.load_state_dict(matching, strict=False)
    return len(matching)


def _lr(step: int, recipe: dict[str, Any], fresh_from: int = 0, stage: Stage | None = None) -> float:
    """Linear warm-up from `fresh_from`, the step at which the optimizer's moments started empty, then constant
    except over a stage's cooldown (warmup-stable-decay: the next stage climbs back to the full LR)."""
    opt = recipe["optimizer"]
    lr = opt["lr"] * min(1.0, (step - fresh_from + 1) / max(1, opt["warmup_steps"]))
    if stage is not None and stage.cooldown_steps:
        into = step - (stage.until_step - stage.cooldown_steps)
        if into >= 0:
            lr *= 1.0 - (1.0 - stage.cooldown_to) * min(1.0, (into + 1) / stage.cooldown_steps)
    return lr


def answer_loss(model: Any, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """Next-token cross-entropy on the answer only, equal to `model(**batch).loss`.

    The stock forward projects every position (image pads, prompt) through the LM head before the loss
    ignores them; projecting only labelled positions saves the largest matmul and softmax of a step.
    """
    inputs = {k: v for k, v in batch.items() if k != "labels"}
    hidden = model.model(**inputs).last_hidden_state[:, :-1]
    targets = batch["labels"][:, 1:]
    keep = targets != -100
    logits = model.lm_head(hidden[keep])
    return torch.nn.functional.cross_entropy(logits.float(), targets[keep])


def _save_checkpoint(run: Path, model: Any, processor: Any, optimizer: torch.optim.Optimizer, step: int,
                     samples_seen: dict[str, int], glyph_head: GlyphCTCHead) -> None:
    temp = run / ".checkpoint-partial"
    shutil.rmtree(temp, ignore_errors=True)
    model.save_pretrained(str(temp))
    save_processor(processor, temp)
    torch.save({"optimizer": optimizer.state_dict(), "step": step, "samples_seen": samples_seen,
                "glyph_ctc": glyph_head.state_dict()}, temp / "trainer_state.pt")
    final = run / "checkpoint"
    old = run / ".checkpoint-old"
    if final.exists():
        final.rename(old)
    temp.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def train(run: Path, recipe_path: Path = DEFAULT_RECIPE, resume: bool = False, init_from: Path | None = None,
          max_steps: int | None = None, eval_dir: Path | None = None, threads: int = 0,
          progress: bool = True) -> dict[str, Any]:
    from transformers import Qwen2VLForConditionalGeneration
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    recipe = read_recipe(recipe_path)
    run = Path(run)
    if run.exists() and any(run.iterdir()) and not resume:
        raise VlmedgeError(f"run folder {run} is not empty: pass --resume to continue it, or another --out")
    if resume and not (run / "checkpoint" / "trainer_state.pt").is_file():
        raise VlmedgeError(f"--resume: {run} has no checkpoint/trainer_state.pt; start a new run without --resume")
    last_step = recipe["stages"][-1]["until_step"]
    limit = min(max_steps, last_step) if max_steps else last_step
    # Shipped weights carry their place in the curriculum (step, samples drawn per stage) in their manifest.
    shipped: dict[str, Any] = {}
    if init_from and (Path(init_from) / "manifest.json").is_file():
        shipped = json.loads((Path(init_from) / "manifest.json").read_text()).get("results", {})
    if shipped.get("step", 0) >= limit:
        raise VlmedgeError(f"--init-from {init_from} is at step {shipped['step']}, where {recipe_path} ends "
                           f"({limit}): raise the last stage's until_step (or add a stage) to train further")
    run.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(cpu_threads(threads))
    torch.manual_seed(recipe["seed"])
    spec = read_spec(in_data_root(recipe["model_spec"]))
    device = "cuda" if torch.cuda.is_available() else "cpu"

    step, samples_seen = 0, {}
    if resume or init_from:
        source = run / "checkpoint" if resume else Path(init_from)  # type: ignore[arg-type]
        processor = load_processor(source, "qwen2_vl")
        model = Qwen2VLForConditionalGeneration.from_pretrained(str(source), dtype=torch.float32)
        if shipped:  # continue the curriculum where the shipped weights stopped, with a fresh optimizer
            step, samples_seen = shipped.get("step", 0), shipped.get("samples_seen", {})
        if init_from and model.config.text_config.vocab_size != recipe["tokenizer"]["vocab_size"]:
            # A recipe with another vocabulary keeps what the weights learnt about images (vision tower, decoder
            # blocks) and learns new token embeddings.
            tokenizer = _recipe_tokenizer(recipe)
            processor = make_processor("qwen2_vl", processor.image_processor, tokenizer, tokenizer.chat_template)
            fresh = Qwen2VLForConditionalGeneration(build_config(spec, tokenizer))
            carried = carry_weights(model, fresh)
            print(f"--init-from {source}: vocabulary {model.config.text_config.vocab_size} -> {len(tokenizer)}; "
                  f"carried {carried} tensors, new token embeddings")
            model = fresh
    else:
        tokenizer = _recipe_tokenizer(recipe)
        image = spec["image"]
        image_processor = Qwen2VLImageProcessorPil(
            min_pixels=image["min_pixels"], max_pixels=image["max_pixels"], patch_size=spec["vision"]["patch_size"],
            merge_size=spec["vision"]["spatial_merge_size"], temporal_patch_size=spec["vision"]["temporal_patch_size"])
        processor = make_processor("qwen2_vl", image_processor, tokenizer, tokenizer.chat_template)
        model = Qwen2VLForConditionalGeneration(build_config(spec, tokenizer))
    if any(stage.data.line_grid for stage in stages_of(recipe)):
        # The model reads line-grid images from now on: its processor says so (runtimes normalize inputs when
        # it does) and takes them whole.
        processor.image_processor.line_grid = True
        processor.image_processor.size["longest_edge"] = LINE_GRID_TOKENS * MERGED_PATCH ** 2
    _set_reading(processor, recipe)
    model.to(device).train()
    glyph_head = GlyphCTCHead(model.config.text_config.hidden_size).to(device)
    opt = recipe["optimizer"]
    optimizer = torch.optim.AdamW(model.parameters(), lr=opt["lr"], weight_decay=opt["weight_decay"])
    optimizer.add_param_group({"params": list(glyph_head.parameters())})
    if resume:
        state = torch.load(run / "checkpoint" / "trainer_state.pt", weights_only=False)
        if "glyph_ctc" not in state:
            raise VlmedgeError(f"--resume: {run}'s checkpoint predates the glyph CTC head and cannot be resumed: "
                               f"start a new run with --init-from {run / 'checkpoint'}")
        glyph_head.load_state_dict(state["glyph_ctc"])
        optimizer.load_state_dict(state["optimizer"])
        step, samples_seen = state["step"], state["samples_seen"]
    # --init-from keeps the weights but not the optimizer: warm up again rather than hit them at full LR with
    # empty Adam moments (and a fresh glyph CTC head).
    fresh_from = 0 if resume else step
    merged_tokens = MergedTokens(model)
    merge_size = processor.image_processor.merge_size

    base = base_build_config(recipe)
    guide_at = {"layer": 1, "head": 0, **recipe.get("guided_attention", {})}
    text_config = model.config.text_config
    if any(stage.align for stage in stages_of(recipe)) and not (0 <= guide_at["layer"] < text_config.num_hidden_layers
            and 0 <= guide_at["head"] < text_config.num_attention_heads):
        raise VlmedgeError(f"guided_attention {guide_at} is outside the model ({text_config.num_hidden_layers} "
                           f"layers, {text_config.num_attention_heads} heads): pick a layer and head inside it")
    real_code: dict[str, list[SourceFile]] = {}
    if any(stage.data.real_code for stage in stages_of(recipe) if step < min(stage.until_step, limit)):
        real_code = real_code_pool(recipe, list(base.language_names()))
        if not real_code:
            print(f"real_code: none of {recipe.get('real_code', [])} is on this machine: generated code only")
        digest = hashlib.sha256("\n".join(sorted(f.source_id for files in real_code.values()
                                                   for f in files)).encode()).hexdigest()[:16]
        (run / "real_code.json").write_text(json.dumps(
            {"files": {language: len(files) for language, files in sorted(real_code.items())},
             "source_ids_sha256": digest,
             "paths": sorted(f.path for files in real_code.values() for f in files)}, indent=1))
    log = (run / "log.jsonl").open("a")
    history: list[dict[str, Any]] = []
    started = time.perf_counter()
    for stage in stages_of(recipe):
        if step >= min(stage.until_step, limit):
            continue
        stream = SampleStream(base, stage.data, recipe["seed"], samples_seen.get(stage.name, 0), real_code)
        fonts.check_installed(list(stream.base.fonts))  # a missing training-only face: one line naming its package
        guiding = GuidedAttention(model, guide_at["layer"], guide_at["head"]) if stage.align else nullcontext()
        loader = torch.utils.data.DataLoader(stream, batch_size=stage.batch_size,
                                             collate_fn=Collator(processor, align=bool(stage.align)),
                                             num_workers=1, prefetch_factor=4, persistent_workers=False)
        stage_end = min(stage.until_step, limit)
        with guiding as guide, ProgressBar(progress, stage_end, f"stage {stage.name}", start=step,
                                             info=True) as bar:
            window_loss, window_ctc, window_align, window_samples = 0.0, 0.0, 0.0, 0
            window_start = time.perf_counter()
            for batch in loader:
                for group in optimizer.param_groups:
                    group["lr"] = _lr(step, recipe, fresh_from, stage)
                texts, by_row = batch.pop("texts"), batch.pop("by_row")
                align_mask = batch.pop("align_mask", None)
                batch = {k: v.to(device) for k, v in batch.items()}
                if stage.answer:
                    answer = answer_loss(model, batch)
                else:
                    answer = torch.zeros((), device=device)
                    model.model.visual(batch["pixel_values"], grid_thw=batch["image_grid_thw"])
                loss = answer
                if stage.glyph_ctc:
                    ctc = glyph_head.loss(merged_tokens.value, batch["image_grid_thw"], texts, merge_size, by_row)
                    window_ctc += ctc.item()
                    loss = answer + stage.glyph_ctc * ctc
                if guide is not None:
                    aligned = guide.loss(align_mask.to(device))
                    window_align += aligned.item()
                    loss = loss + stage.align * aligned
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_([*model.parameters(), *glyph_head.parameters()], opt["grad_clip"])
                optimizer.step()
                step += 1
                samples_seen[stage.name] = samples_seen.get(stage.name, 0) + stage.batch_size
                window_loss += answer.item()
                window_samples += stage.batch_size
                rate = window_samples / max(1e-9, time.perf_counter() - window_start)
                bar.update(step, f"loss {answer.item():.3f}  {rate:.1f} samples/s")
                if step % 20 == 0:
                    entry = {"step": step, "stage": stage.name,
                             **({"loss": round(window_loss / 20, 4)} if stage.answer else {}),
                             **({"glyph_ctc": round(window_ctc / 20, 4)} if stage.glyph_ctc else {}),
                             **({"align": round(window_align / 20, 4)} if guide is not None else {}),
                             "samples_per_s": round(rate, 2), "lr": _lr(step - 1, recipe, fresh_from, stage),
                             "elapsed_s": round(time.perf_counter() - started, 1)}
                    log.write(json.dumps(entry) + "\n")
                    log.flush()
                    history.append(entry)
                    window_loss, window_ctc, window_align, window_samples = 0.0, 0.0, 0.0, 0
                    window_start = time.perf_counter()
                keep = bool(recipe.get("keep_every")) and step % recipe["keep_every"] == 0
                if step % recipe["checkpoint_every"] == 0 or keep:
                    _save_checkpoint(run, model, processor, optimizer, step, samples_seen, glyph_head)
                if keep:  # weights along the way, exported: benchmarks/training_curve.py reads CER against samples
                    export_model(run, run / "kept" / f"step-{step}", recipe_path, overwrite=True)
                if step >= stage_end:
                    break
        _save_checkpoint(run, model, processor, optimizer, step, samples_seen, glyph_head)
        if step >= stage.until_step:
            # The next stage changes the images; keep this stage's final weights (a run lost its best ones once).
            kept = run / f"checkpoint-{stage.name}"
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(run / "checkpoint", kept)
        if eval_dir is not None:
            result = quick_eval(model, processor, eval_dir, recipe["eval_samples"])
            entry = {"step": step, "stage": stage.name, "eval": result}
            log.write(json.dumps(entry) + "\n")
            log.flush()
            history.append(entry)
            model.train()
        if step >= limit:
            break
    log.close()
    merged_tokens.remove()
    return {"step": step, "history": history[-5:], "seconds": time.perf_counter() - started}


def quick_eval(model: Any, processor: Any, eval_dir: Path, limit: int) -> dict[str, Any]:
    """Greedy CER on the first `limit` samples of an eval split (never trained on)."""
    from datasets import load_from_disk

    from vlmedge.evaluate.metrics import aggregate
    from vlmedge.runtime.torch_runtime import TorchRuntime

    data = load_from_disk(str(eval_dir))["eval"].select(range(limit))
    model.eval()
    runtime = TorchRuntime(model, processor, max_new_tokens=512, batch_size=8)
    outputs = runtime.transcribe(list(data["image"]))
    rows = [({"degradation": "clean" if d == "clean" else "degraded"}, ref, out.text)
            for d, ref, out in zip(data["degradation"], data["text"], outputs, strict=True)]
    return aggregate(rows, ("degradation",))


def _set_reading(processor: Any, recipe: dict[str, Any]) -> None:
    """Runtimes read a line-grid model's screenshots by text rows and chunks of up to `read_by_rows` rows
    (vlmedge/screenshots/line_rows.py) where the recipe says so: how the model is read, not what it learned, so an
    export applies the recipe as it is now."""
    reads_grid = bool(getattr(processor.image_processor, "line_grid", False))
    processor.image_processor.line_rows = line_rows.chunk_rows(recipe.get("read_by_rows", 0)) if reads_grid else 0


def export_model(run: Path, out: Path, recipe_path: Path, overwrite: bool = False) -> Path:
    """Copy the run's checkpoint to a model folder (weights in fp16 to halve the size) with a manifest."""
    from transformers import Qwen2VLForConditionalGeneration

    source = run / "checkpoint"
    state = torch.load(source / "trainer_state.pt", weights_only=False)
    inputs: dict[str, Any] = {"recipe": read_recipe(recipe_path)}
    if (run / "real_code.json").is_file():  # which real code files this run cut snippets from
        real_code = json.loads((run / "real_code.json").read_text())
        inputs["real_code"] = {"files": real_code["files"], "source_ids_sha256": real_code["source_ids_sha256"]}
    record = StageRecord("train-default", parameters={"recipe": str(recipe_path), "run": str(run)},
                         inputs=inputs, results={"step": state["step"], "samples_seen": state["samples_seen"]})
    with stage_output(out, record, overwrite=overwrite) as folder:
        model = Qwen2VLForConditionalGeneration.from_pretrained(str(source), dtype=torch.float16)
        model.save_pretrained(str(folder))
        processor = load_processor(source, "qwen2_vl")
        _set_reading(processor, read_recipe(recipe_path))
        save_processor(processor, folder)
    return out
