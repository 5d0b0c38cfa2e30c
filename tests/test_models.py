"""Loading, saving and training Qwen2-VL-family models with vlmedge's tokenizer and processor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
import yaml
from tiny import save_tiny
from transformers import Qwen2VLForConditionalGeneration
from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

from vlmedge.calibration.render import RenderSpec, render
from vlmedge.errors import VlmedgeError
from vlmedge.models import load
from vlmedge.models.architecture import build_config, check_shapes, read_spec
from vlmedge.models.processor import make_processor, save_processor
from vlmedge.models.tokenizer import train_tokenizer
from vlmedge.runtime.torch_runtime import TorchRuntime
from vlmedge.training.train import carry_weights, export_model, stages_of, tokenizer_corpus, train

CODE = "for i in range(3):\n    print(i)"


@pytest.fixture(scope="module")
def tokenizer():  # type: ignore[no-untyped-def]
    return train_tokenizer(tokenizer_corpus(150, seed=0), vocab_size=600)


@pytest.fixture(scope="module")
def screenshot():  # type: ignore[no-untyped-def]
    return render(CODE, "python", RenderSpec(theme="default", font="dejavu-sans-mono", font_size=14))


@pytest.mark.parametrize("family", ["qwen2_5_vl", "qwen3_vl"])
def test_load_other_families(tmp_path: Path, tokenizer, screenshot, family: str) -> None:  # type: ignore[no-untyped-def]
    folder = save_tiny(tmp_path / family, family, tokenizer)
    loaded = load(folder)
    assert loaded.model_type == family
    results = TorchRuntime(loaded.model, loaded.processor, max_new_tokens=4).transcribe([screenshot])
    assert len(results) == 1 and results[0].ms > 0


def test_default_spec_obeys_shape_rules() -> None:
    spec = read_spec()
    check_shapes(spec)
    broken = {**spec, "text": {**spec["text"], "intermediate_size": 704}}
    with pytest.raises(VlmedgeError, match="intermediate_size=704 is not a multiple of 256"):
        check_shapes(broken)


def test_save_load_round_trip_gives_identical_logits(tmp_path: Path, tokenizer, screenshot) -> None:  # type: ignore[no-untyped-def]
    torch.manual_seed(1)
    model = Qwen2VLForConditionalGeneration(build_config(read_spec(), tokenizer)).eval()
    image_processor = Qwen2VLImageProcessorPil(min_pixels=3136, max_pixels=401408)
    processor = make_processor("qwen2_vl", image_processor, tokenizer, tokenizer.chat_template)
    model.save_pretrained(str(tmp_path / "m"))
    save_processor(processor, tmp_path / "m")
    loaded = load(tmp_path / "m")
    prompt = processor.apply_chat_template([{"role": "user", "content": [{"type": "image"}]}],
                                           add_generation_prompt=True, tokenize=False)
    inputs = processor(text=[prompt], images=[screenshot], return_tensors="pt")
    reloaded_inputs = loaded.processor(text=[prompt], images=[screenshot], return_tensors="pt")
    assert torch.equal(inputs["input_ids"], reloaded_inputs["input_ids"])
    with torch.no_grad():
        assert torch.equal(model(**inputs).logits, loaded.model(**reloaded_inputs).logits)


def test_tokenizer_round_trips_code_and_unicode(tokenizer) -> None:  # type: ignore[no-untyped-def]
    for text in (CODE, "    x = \"你好，世界\"  # Привет\n\tend", "<|im_start|>"):
        assert tokenizer.decode(tokenizer(text)["input_ids"]) == text
    assert tokenizer.convert_tokens_to_ids("<|image_pad|>") < len(tokenizer)
    # Qwen2 splitting: a run of spaces stays one pre-token and digits are single.
    assert tokenizer.tokenize("    1234")[-4:] == ["1", "2", "3", "4"]


def test_training_steps_lower_the_loss(tmp_path: Path) -> None:
    spec = read_spec()
    spec["text"].update({"num_hidden_layers": 1, "intermediate_size": 256})
    spec["vision"].update({"depth": 1, "embed_dim": 128, "num_heads": 2})
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec))
    recipe = yaml.safe_load(Path("configs/train/vlmedge-tiny.yaml").read_text())
    recipe.update({"model_spec": str(spec_file), "checkpoint_every": 1000, "keep_every": 40,
                   "tokenizer": {"vocab_size": 512, "corpus_units": 200}})
    vision, glyphs = recipe["stages"][:2]
    assert vision["answer"] is False and vision["glyph_ctc"] > 0 and glyphs["glyph_ctc"] > 0
    # The vision tower alone (CTC) for 40 steps, then the whole model for 40.
    recipe["stages"] = [{**vision, "until_step": 40, "batch_size": 8}, {**glyphs, "until_step": 80, "batch_size": 8}]
    recipe["guided_attention"] = {"layer": 0, "head": 0}  # this model has one text layer
    recipe_file = tmp_path / "recipe.yaml"
    recipe_file.write_text(yaml.safe_dump(recipe))
    result = train(tmp_path / "run", recipe_file, threads=1, progress=False)
    log = [json.loads(line) for line in (tmp_path / "run" / "log.jsonl").read_text().splitlines()]
    assert result["step"] == 80 and [entry["step"] for entry in log] == [20, 40, 60, 80]
    assert "loss" not in log[0] and log[1]["glyph_ctc"] < log[0]["glyph_ctc"], log
    assert log[3]["loss"] < log[2]["loss"] - 0.5, log
    assert glyphs["align"] > 0 and log[3]["align"] < log[2]["align"], log  # guided attention trains too
    state = torch.load(tmp_path / "run" / "checkpoint" / "trainer_state.pt", weights_only=False)
    assert state["step"] == 80 and "glyph_ctc" in state
    kept = torch.load(tmp_path / "run" / "checkpoint-vision" / "trainer_state.pt", weights_only=False)
    assert kept["step"] == 40  # each finished stage's final weights stay
    # keep_every: model folders along the way (off the checkpoint_every grid too), for CER against samples.
    along = sorted((tmp_path / "run" / "kept").iterdir())
    assert [folder.name for folder in along] == ["step-40", "step-80"]
    assert [json.loads((folder / "manifest.json").read_text())["results"]["step"] for folder in along] == [40, 80]
    # The auxiliary head stays out of the model folder: the shipped model is the stock architecture.
    assert not any("glyph" in name for name in load(tmp_path / "run" / "checkpoint").model.state_dict())
    resumed = train(tmp_path / "run", recipe_file, resume=True, max_steps=80, threads=1, progress=False)
    assert resumed["step"] == 80  # nothing left to do: the checkpoint holds the step
    # --init-from continues at the exported step with a fresh optimizer, so the LR warms up again from there.
    export_model(tmp_path / "run", tmp_path / "exported", recipe_file)
    recipe["stages"][1]["until_step"] = 100
    recipe_file.write_text(yaml.safe_dump(recipe))
    train(tmp_path / "more", recipe_file, init_from=tmp_path / "exported", threads=1, progress=False)
    continued = [json.loads(line) for line in (tmp_path / "more" / "log.jsonl").read_text().splitlines()]
    warmup = recipe["optimizer"]["warmup_steps"]
    assert [entry["step"] for entry in continued] == [100]
    # The entry at step 100 logs the LR its last step ran at: the 20th of the new warm-up (steps 80..99).
    assert continued[0]["lr"] == pytest.approx(recipe["optimizer"]["lr"] * 20 / warmup) and warmup > 21
    # A recipe with another vocabulary keeps everything but the token embeddings (the vision tower reads the same).
    recipe["tokenizer"]["vocab_size"] = 300
    recipe_file.write_text(yaml.safe_dump(recipe))
    exported = load(tmp_path / "exported").model
    fresh = Qwen2VLForConditionalGeneration(build_config(spec, train_tokenizer(tokenizer_corpus(50, seed=0), 300)))
    assert carry_weights(exported, fresh) == len(exported.state_dict()) - 2  # all but embed_tokens and lm_head
    assert torch.equal(fresh.model.visual.merger.mlp[2].weight, exported.model.visual.merger.mlp[2].weight)
    train(tmp_path / "revocab", recipe_file, init_from=tmp_path / "exported", threads=1, progress=False)
    revocab = load(tmp_path / "revocab" / "checkpoint")
    assert revocab.model.config.text_config.vocab_size == len(revocab.processor.tokenizer) == 300
    # Shipped weights already at the recipe's last step: a one-line error, no run folder.
    recipe["stages"][-1]["until_step"] = 80
    recipe_file.write_text(yaml.safe_dump(recipe))
    with pytest.raises(VlmedgeError, match="is at step 80, where .* ends \\(80\\): raise the last stage's until_step"):
        train(tmp_path / "done", recipe_file, init_from=tmp_path / "exported", threads=1, progress=False)
    assert not (tmp_path / "done").exists()
    del state["glyph_ctc"]  # a checkpoint written before the head existed
    torch.save(state, tmp_path / "run" / "checkpoint" / "trainer_state.pt")
    with pytest.raises(VlmedgeError, match="predates the glyph CTC head.*--init-from"):
        train(tmp_path / "run", recipe_file, resume=True, threads=1, progress=False)


def test_glyph_ctc_reads_single_lines_only() -> None:
    from vlmedge.training.glyph_ctc import GlyphCTCHead

    head = GlyphCTCHead(hidden_size=8)
    grids = torch.tensor([[1, 2, 8], [1, 4, 8]])  # 4 merged tokens in one row; 8 in two rows
    merged = torch.randn(12, 8)
    one_line = head.loss(merged, grids, ["ab", "x = 1"], merge_size=2)
    assert one_line.item() > 0 and one_line.requires_grad
    # Multi-line text and text that needs more CTC frames than 4 per token are skipped; none left -> zero.
    assert head.loss(merged, grids, ["a\nb", "ab" * 8 + "x"], merge_size=2).item() == 0.0
    assert head.loss(merged, grids, ["a\nb", "ab" * 8], merge_size=2).item() > 0  # 16 frames, 16 letters
    assert head.loss(merged, grids, ["a\nb", "aa" * 4], merge_size=2).item() > 0  # 8 + 7 blanks fit in 16
    assert head.loss(merged, grids, ["a\nb", "a" * 9], merge_size=2).item() == 0.0  # 9 + 8 blanks do not
    with pytest.raises(VlmedgeError, match="trains nothing"):
        stages_of({"stages": [{"name": "v", "answer": False, "until_step": 1}]})


def test_missing_and_corrupt_folders(tmp_path: Path, tokenizer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(VlmedgeError, match="does not exist"):
        load(tmp_path / "nope")
    (tmp_path / "garbled").mkdir()
    (tmp_path / "garbled" / "config.json").write_text("{not json")
    with pytest.raises(VlmedgeError, match="corrupt"):
        load(tmp_path / "garbled")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "config.json").write_text(json.dumps({"model_type": "llama"}))
    with pytest.raises(VlmedgeError, match="not a Qwen2-VL-family one"):
        load(tmp_path / "other")
    folder = save_tiny(tmp_path / "truncated", "qwen2_5_vl", tokenizer)
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
    with pytest.raises(VlmedgeError, match="corrupt or incomplete"):
        load(folder)


def test_transcribe_cli_prints_json_lines(tmp_path: Path, tokenizer, screenshot) -> None:  # type: ignore[no-untyped-def]
    folder = save_tiny(tmp_path / "m", "qwen2_5_vl", tokenizer)
    screenshot.save(tmp_path / "shot.png")
    result = subprocess.run([sys.executable, "-m", "vlmedge.cli", "transcribe", "--model", str(folder),
                             "--max-new-tokens", "4", str(tmp_path / "shot.png")], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["image"].endswith("shot.png") and isinstance(record["text"], str) and record["ms"] > 0
    bad = subprocess.run([sys.executable, "-m", "vlmedge.cli", "transcribe", "--model", str(folder),
                          str(tmp_path / "missing.png")], capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "not a readable image" in bad.stderr


def test_answer_loss_equals_the_stock_loss(tokenizer, screenshot) -> None:  # type: ignore[no-untyped-def]
    from vlmedge.training.data import Collator
    from vlmedge.training.train import answer_loss

    torch.manual_seed(2)
    model = Qwen2VLForConditionalGeneration(build_config(read_spec(), tokenizer)).eval()
    processor = make_processor("qwen2_vl", Qwen2VLImageProcessorPil(min_pixels=3136, max_pixels=401408), tokenizer,
                               tokenizer.chat_template)
    small = screenshot.crop((0, 0, screenshot.width // 2, screenshot.height))
    batch = Collator(processor)([(screenshot, CODE), (small, "for i")])
    assert (batch["labels"] != -100).sum() < batch["attention_mask"].sum() / 2  # the prompt and image are masked
    with torch.no_grad():
        assert torch.allclose(answer_loss(model, batch), model(**batch).loss, atol=1e-5)


def test_pad_to_multiple_keeps_glyphs_at_drawn_size(screenshot) -> None:  # type: ignore[no-untyped-def]
    from vlmedge.training.data import pad_to_multiple

    padded = pad_to_multiple(screenshot, 28)
    assert padded.width % 28 == 0 and padded.height % 28 == 0
    assert padded.crop((0, 0, *screenshot.size)).tobytes() == screenshot.tobytes()
    assert padded.getpixel((padded.width - 1, padded.height - 1)) == screenshot.getpixel((0, 0))
    # The processor leaves a padded canvas at its size (no stretch), small ones included (min_pixels floor).
    processor = Qwen2VLImageProcessorPil(min_pixels=56 * 56, max_pixels=1 << 22)
    for image in (padded, pad_to_multiple(screenshot.crop((0, 0, 30, 20)), 28)):
        grid = processor(images=[image], return_tensors="pt")["image_grid_thw"][0].tolist()
        assert (grid[1] * 14, grid[2] * 14) == (image.height, image.width)


def test_pad_to_width_gives_one_width_and_keeps_the_text(screenshot) -> None:  # type: ignore[no-untyped-def]
    from vlmedge.training.data import pad_to_width

    narrow = screenshot.crop((0, 0, 100, 28))
    padded = pad_to_width(narrow, 336)
    assert padded.size == (336, 28)
    assert padded.crop((0, 0, 100, 28)).tobytes() == narrow.tobytes()  # drawn size kept, canvas extended
    wide = pad_to_width(screenshot, screenshot.width // 2)
    assert wide.width == screenshot.width // 2 and wide.height < screenshot.height  # scaled down, not cropped


def test_first_stage_lines_sit_in_one_token_row() -> None:
    from vlmedge.training.data import SampleStream
    from vlmedge.training.train import DEFAULT_RECIPE, base_build_config, read_recipe

    recipe = read_recipe(DEFAULT_RECIPE)
    vision = stages_of(recipe)[0]
    assert vision.data.pad_to == 28 and vision.data.padding == 1
    stream = SampleStream(base_build_config(recipe), vision.data, seed=5)
    sizes = [stream.sample(index)[0].size for index in range(16)]
    assert all(width % 28 == 0 and height % 28 == 0 for width, height in sizes), sizes
    assert sum(height == 28 for _, height in sizes) >= 12, sizes
    glyphs = stages_of(recipe)[1]  # the decoder's first stage: one image width for every sample
    stream = SampleStream(base_build_config(recipe), glyphs.data, seed=5)
    assert glyphs.data.fixed_width and {stream.sample(index)[0].width for index in range(8)} == {
        glyphs.data.fixed_width}


def test_grid_layout_puts_line_r_in_token_row_r(tokenizer) -> None:  # type: ignore[no-untyped-def]
    from vlmedge.training.data import Collator, SampleStream
    from vlmedge.training.glyph_ctc import GlyphCTCHead
    from vlmedge.training.train import DEFAULT_RECIPE, base_build_config, read_recipe

    recipe = read_recipe(DEFAULT_RECIPE)
    glyphs = next(stage for stage in recipe["stages"] if stage["name"] == "glyphs")
    grid = stages_of({"stages": [{**glyphs, "name": "grid", "max_lines": 4, "grid": True}]})[0]
    stream = SampleStream(base_build_config(recipe), grid.data, seed=5)
    samples = [sample for sample in map(stream.sample, range(40)) if sample.by_row][:4]
    assert len(samples) == 4
    for sample in samples:
        lines = sample.text.split("\n")
        assert sample.cells is not None and len(sample.cells) == len(sample.text)
        assert [cell[0] for cell in sample.cells if cell] == [r for r, line in enumerate(lines) for _ in line]
        ink = np.asarray(sample.image.convert("L"), dtype=np.int16)
        inked_rows = np.abs(ink - ink[0, 0]).max(axis=1) > 64
        for r, line in enumerate(lines):  # every drawn line's ink stays inside its own 28 px row
            assert inked_rows[28 * r:28 * r + 28].any() == bool(line.strip()), (r, line)
        assert not inked_rows[28 * len(lines):].any()
    processor = make_processor("qwen2_vl", Qwen2VLImageProcessorPil(min_pixels=3136, max_pixels=401408), tokenizer,
                               tokenizer.chat_template)
    batch = Collator(processor, align=True)(samples)
    mask, width = batch["align_mask"][0], int(batch["image_grid_thw"][0, 2]) // 2
    image_positions = (batch["mm_token_type_ids"][0] == 1).nonzero().flatten().tolist()
    rows = [image_positions.index(int(mask[q].nonzero()[0])) // width for q in mask.any(-1).nonzero().flatten()]
    assert rows == sorted(rows) and rows[-1] == len(samples[0].text.split("\n")) - 1  # down the lines in order
    head = GlyphCTCHead(hidden_size=8)
    merged = torch.randn(int(batch["image_grid_thw"].prod(-1).sum()) // 4, 8)
    assert head.loss(merged, batch["image_grid_thw"], batch["texts"], 2).item() == 0.0  # multi-line: no layout
    assert head.loss(merged, batch["image_grid_thw"], batch["texts"], 2, batch["by_row"]).item() > 0


def test_replay_draws_a_share_of_an_earlier_stage() -> None:
    from vlmedge.training.data import SampleStream
    from vlmedge.training.train import DEFAULT_RECIPE, base_build_config, read_recipe

    recipe = read_recipe(DEFAULT_RECIPE)
    glyphs = next(stage for stage in recipe["stages"] if stage["name"] == "glyphs")
    natural = {"name": "natural", "until_step": 1, "batch_size": 1, "max_lines": 4, "clean_fraction": 0.5,
               "random_fraction": 0.2, "font_sizes": [12, 20], "align": 1.0}
    with pytest.raises(VlmedgeError, match="align needs"):
        stages_of({"stages": [glyphs, natural]})
    with pytest.raises(VlmedgeError, match="replays 'grid', which is not an earlier stage"):
        stages_of({"stages": [glyphs, {**natural, "replay": {"stage": "grid", "fraction": 0.5}}]})
    stage = stages_of({"stages": [glyphs, {**natural, "replay": {"stage": "glyphs", "fraction": 0.5}}]})[1]
    samples = [SampleStream(base_build_config(recipe), stage.data, seed=5).sample(index) for index in range(40)]
    replayed = [sample for sample in samples if sample.image.width == glyphs["fixed_width"] and sample.cells]
    assert 10 <= len(replayed) <= 30 and all("\n" not in sample.text for sample in replayed)
    assert sum(sample.cells is None for sample in samples) >= 10  # the stage's own samples: layout unknown


def test_cell_centres_sit_on_the_drawn_glyphs() -> None:
    from vlmedge.calibration.render import cell_centres

    spec = RenderSpec(theme="default", font="dejavu-sans-mono", font_size=18, padding=1)
    text = "#  中 #"
    image = render(text, "text", spec).convert("L")
    centres = cell_centres(text, spec)
    assert len(centres) == len(text) and centres == sorted(centres)
    ink = [x for x in range(image.width) if min(image.getpixel((x, y)) for y in range(image.height)) < 128]
    for index in (0, 3, 5):  # the two "#" and the wide character between them
        drawn = [x for x in ink if abs(x - centres[index]) < 12]
        assert drawn and abs(sum(drawn) / len(drawn) - centres[index]) < 3, (index, centres, drawn)
    assert centres[4] - centres[3] == pytest.approx(1.5 * (centres[1] - centres[0]))  # wide: two cells


def test_guided_attention_mask_and_loss(tokenizer) -> None:  # type: ignore[no-untyped-def]
    from vlmedge.training.data import Collator, SampleStream
    from vlmedge.training.guided_attention import GuidedAttention
    from vlmedge.training.train import DEFAULT_RECIPE, answer_loss, base_build_config, read_recipe

    recipe = read_recipe(DEFAULT_RECIPE)
    glyphs = next(stage for stage in stages_of(recipe) if stage.name == "glyphs")
    stream = SampleStream(base_build_config(recipe), glyphs.data, seed=5)
    samples = [stream.sample(index) for index in range(6)]
    for sample in samples:
        assert sample.cells is not None and len(sample.cells) == len(sample.text)
        columns = [column for row, column in sample.cells]  # type: ignore[misc]
        assert {row for row, _ in sample.cells} == {0}  # type: ignore[misc]
        assert columns == sorted(columns) and max(columns) < sample.image.width // 28
    processor = make_processor("qwen2_vl", Qwen2VLImageProcessorPil(min_pixels=3136, max_pixels=401408), tokenizer,
                               tokenizer.chat_template)
    batch = Collator(processor, align=True)([*samples, (samples[0].image, samples[0].text)])
    mask = batch.pop("align_mask")
    batch.pop("texts")
    image_tokens = batch["mm_token_type_ids"] == 1
    assert not (mask & ~image_tokens[:, None, :]).any()  # targets are image tokens only
    assert not mask[-1].any()  # a sample without a known layout gets no target
    for row, sample in enumerate(samples):
        aligned = mask[row].any(-1).nonzero().flatten()
        assert len(aligned) >= len(tokenizer(sample.text)["input_ids"]) - 1
        first_columns = [int(mask[row, q].nonzero()[0]) for q in aligned]  # left to right along the answer
        assert first_columns == sorted(first_columns)

    torch.manual_seed(3)
    model = Qwen2VLForConditionalGeneration(build_config(read_spec(), tokenizer))
    before = model.config.text_config._attn_implementation
    guide = GuidedAttention(model, layer=1, head=0)
    assert model.config.text_config._attn_implementation == "eager"
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3)
    losses = []
    for _ in range(8):  # the alignment loss alone moves the head's attention onto the target columns
        answer_loss(model, batch)
        loss = guide.loss(mask)
        losses.append(loss.item())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    assert losses[-1] < losses[0] - 0.5, losses
    guide.remove()
    assert model.config.text_config._attn_implementation == before != "eager"


def test_align_needs_a_known_layout() -> None:
    from vlmedge.training.train import DEFAULT_RECIPE, read_recipe

    recipe = read_recipe(DEFAULT_RECIPE)
    layout = next(stage for stage in recipe["stages"] if stage["name"] == "layout")
    assert layout["align"] and stages_of(recipe)  # natural layouts: only the replayed grid samples are aligned
    del layout["replay"]
    with pytest.raises(VlmedgeError, match="align needs"):
        stages_of(recipe)


def test_init_from_warms_up_again() -> None:
    from vlmedge.training.train import _lr

    recipe = {"optimizer": {"lr": 2e-3, "warmup_steps": 200}}
    assert _lr(9000, recipe) == 2e-3  # a resumed optimizer continues at full LR
    assert _lr(9000, recipe, fresh_from=9000) == pytest.approx(1e-5)  # empty Adam moments start small
    assert _lr(9199, recipe, fresh_from=9000) == 2e-3


def test_stage_cooldown_decays_the_lr_to_its_end() -> None:
    from vlmedge.training.train import DEFAULT_RECIPE, _lr, read_recipe

    recipe = read_recipe(DEFAULT_RECIPE)
    first, second = recipe["stages"][:2]
    second["cooldown"] = {"steps": 1000, "to": 0.1}
    stage = stages_of(recipe)[1]
    lr = recipe["optimizer"]["lr"]
    end = second["until_step"]
    assert _lr(end - 1001, recipe, stage=stage) == lr  # stable until the cooldown
    assert _lr(end - 500, recipe, stage=stage) == pytest.approx(lr * (1 - 0.9 * 501 / 1000))
    assert _lr(end - 1, recipe, stage=stage) == pytest.approx(lr * 0.1)  # the stage's last step
    assert _lr(end - 1001, recipe, fresh_from=end - 1001, stage=stage) < lr  # warm-up still applies
    second["cooldown"] = {"steps": second["until_step"] - first["until_step"] + 1, "to": 0.1}
    with pytest.raises(VlmedgeError, match="cooldown"):
        stages_of(recipe)


def test_rows_stage_trains_on_rows_and_chunks_cut_as_runtimes_cut_them(tokenizer) -> None:  # type: ignore[no-untyped-def]
    from vlmedge.training.data import Collator, SampleStream
    from vlmedge.training.glyph_ctc import GlyphCTCHead
    from vlmedge.training.train import DEFAULT_RECIPE, base_build_config, read_recipe

    recipe = read_recipe(DEFAULT_RECIPE)
    rows_stage = next(stage for stage in recipe["stages"] if stage.get("rows"))
    alone = {key: value for key, value in rows_stage.items() if key != "replay"}
    with pytest.raises(VlmedgeError, match="without line_grid: true"):
        stages_of({"stages": [{**alone, "line_grid": False, "align": 0.0}]})
    stage = stages_of({"stages": [alone]})[0]
    stream = SampleStream(base_build_config(recipe), stage.data, seed=5)
    samples = [stream.sample(index) for index in range(40)]
    # A cut holds exactly its lines, one per 28 px row (blank ones too), text dedented to its leftmost line.
    cuts = [sample for sample in samples if sample.image.height == 28 * len(sample.text.split("\n"))
            and min(len(line) - len(line.lstrip()) for line in sample.text.split("\n") if line.strip()) == 0]
    singles = [sample for sample in cuts if "\n" not in sample.text]
    assert len(cuts) >= 25 and 8 <= len(singles) <= len(cuts) - 8, (len(cuts), len(singles))
    assert all(sample.image.height <= 28 * stage.data.rows for sample in cuts)
    known = [sample for sample in cuts if sample.cells is not None]
    assert len(known) >= 8 and any(sample.cells is None for sample in cuts)  # degraded: layout not trusted
    for sample in known:
        lines = sample.text.split("\n")
        assert sample.by_row and sample.first_row == 0 and len(sample.cells) == len(sample.text)
        assert [cell[0] for cell in sample.cells if cell] == [r for r, line in enumerate(lines) for _ in line]
        ink = np.asarray(sample.image.convert("L"), dtype=np.int16)
        inked_rows = np.abs(ink - np.median(ink)).max(axis=1) > 64
        for r, line in enumerate(lines):
            assert inked_rows[28 * r + 4:28 * r + 24].any() == bool(line.strip()), (r, line)
        columns = [cell[1] for cell in sample.cells if cell]
        assert max(columns) < sample.image.width // 28
        drawn = {cell for char, cell in zip(sample.text, sample.cells, strict=True) if cell and char.strip()}
        for r, column in drawn:  # the token of each drawn character has ink
            assert (np.abs(ink[28 * r:28 * r + 28, 28 * column:28 * column + 28] - np.median(ink)) > 64).any()
    processor = make_processor("qwen2_vl", Qwen2VLImageProcessorPil(min_pixels=3136, max_pixels=401408), tokenizer,
                               tokenizer.chat_template)
    batch = Collator(processor, align=True)(known[:4])
    assert batch["align_mask"].any()
    head = GlyphCTCHead(hidden_size=8)
    merged = torch.randn(int(batch["image_grid_thw"].prod(-1).sum()) // 4, 8)
    assert head.loss(merged, batch["image_grid_thw"], batch["texts"], 2, batch["by_row"]).item() > 0


def test_real_code_stage_cuts_real_files_never_held_out_ones(tmp_path: Path) -> None:
    from dataclasses import replace

    from vlmedge.calibration.sources import collect_sources
    from vlmedge.training.data import SampleStream
    from vlmedge.training.train import DEFAULT_RECIPE, base_build_config, read_recipe, real_code_pool

    def program(name: str) -> str:
        return "".join(f"def {name}_{i}(value):\n    total = value * {i}\n    return total\n\n\n" for i in range(30))

    code, elsewhere = tmp_path / "code", tmp_path / "elsewhere"
    for path, text in [(code / "real.py", program("measure_widget")), (code / "held" / "held.py", program("held")),
                       (code / "site-packages" / "vendored.py", program("vendored")),
                       (code / "copy.py", program("copied")), (elsewhere / "copied.py", program("copied"))]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    recipe = {**read_recipe(DEFAULT_RECIPE), "real_code": [str(code), str(tmp_path / "not-on-this-machine")],
              "holdout": {"sources": [str(code / "held"), str(elsewhere)]}}
    pool = real_code_pool(recipe, ["python"])
    # Held out by place (held/) and by content (copy.py is elsewhere/copied.py); site-packages below a folder skipped.
    assert [Path(f.path).name for f in pool["python"]] == ["real.py"]
    assert len(collect_sources([str(code / "site-packages")], ["python"], 24).files) == 1  # asked for: read
    assert real_code_pool({**recipe, "real_code": [str(tmp_path / "*.nothing")]}, ["python"]) == {}

    real_stage = next(stage for stage in recipe["stages"] if stage.get("real_code"))
    alone = {**{key: value for key, value in real_stage.items() if key != "replay"}, "random_fraction": 0.0,
             "real_code": 1.0}
    with pytest.raises(VlmedgeError, match="real_code: 1.5"):
        stages_of({"stages": [{**alone, "real_code": 1.5}]})
    stage = stages_of({"stages": [alone]})[0]
    base = replace(base_build_config(recipe), languages=("python",))
    real = program("measure_widget")
    texts = [SampleStream(base, stage.data, seed=5, real_code=pool).sample(index).text for index in range(12)]
    assert all(line.strip() in real for text in texts for line in text.split("\n")), texts
    assert any("measure_widget" in text for text in texts)
    generated = [SampleStream(base, stage.data, seed=5).sample(index).text for index in range(12)]
    assert not any("measure_widget" in text for text in generated)  # no files: generated code, as before


def test_training_fonts_widen_training_only_and_never_draw_the_held_out_face() -> None:
    from vlmedge.calibration import fonts
    from vlmedge.calibration.build import BuildConfig
    from vlmedge.training.data import SampleStream
    from vlmedge.training.train import DEFAULT_RECIPE, base_build_config, read_recipe

    recipe = read_recipe(DEFAULT_RECIPE)
    held_out = set(recipe["holdout"]["fonts"])
    base = base_build_config(recipe)
    drawn = {stage.name: SampleStream(base, stage.data, seed=5).base.fonts for stage in stages_of(recipe)}
    assert held_out and not any(held_out & set(names) for names in drawn.values())
    # Stages that name no fonts draw the core ones, as before the training-only faces came; calibration's sets too.
    assert drawn["rows"] == tuple(name for name in fonts.CORE_FONTS if name not in held_out)
    assert BuildConfig(samples=1).fonts == fonts.CORE_FONTS
    extra = set(drawn["real-code"]) - set(fonts.CORE_FONTS)
    assert len(extra) >= 8 and not any(fonts.FONTS[name].core for name in extra)
    rows = next(stage for stage in recipe["stages"] if stage["name"] == "rows")
    with pytest.raises(VlmedgeError, match="unknown or held out"):
        alone = {key: value for key, value in rows.items() if key != "replay"}
        SampleStream(base, stages_of({"stages": [{**alone, "fonts": sorted(held_out)}]})[0].data, seed=5)
    missing = fonts.FontFace("no-such-mono", "No Such Mono", "fonts-no-such", core=False)
    with pytest.raises(VlmedgeError, match="make train-fonts"):
        fonts.font_file(missing)
