"""Line-grid input normalization: every line of a screenshot in its own 28 px row of vision tokens."""

from __future__ import annotations

import multiprocessing

import numpy as np
import pytest
from PIL import Image

from vlmedge.calibration.render import RenderSpec, char_centres, line_pitch, render
from vlmedge.screenshots import line_grid

CODE = "\n".join([
    "def total(values, limit=10):",
    "    if not values:",
    "        return 0",
    "    {",
    "    s = sum(v for v in values if v < limit)",
    "    }",
    "    return s % 97",
])

SPECS = [
    RenderSpec(theme="default", font="dejavu-sans-mono", font_size=12, line_spacing=1.2, padding=6),
    RenderSpec(theme="monokai", font="jetbrains-mono", font_size=20, line_spacing=1.6, padding=20),
    RenderSpec(theme="github-dark", font="fira-code", font_size=15, line_spacing=1.35, padding=12,
               line_numbers=True, first_line_number=98),
    RenderSpec(theme="one-dark", font="hack", font_size=14, line_spacing=1.25, chrome=True, margin=18,
               title="main.py"),
]


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: f"{spec.font}-{spec.font_size}")
def test_each_line_lands_centred_in_its_own_row(spec: RenderSpec) -> None:
    image = render(CODE, "python", spec)
    grid = line_grid.fit(image, max_tokens=2048)
    assert grid.pitch == pytest.approx(line_pitch(CODE, spec), rel=0.02)
    out = line_grid.apply(image, grid)
    assert out.size == grid.size and out.width % 28 == 0 and out.height % 28 == 0
    centres, _ = char_centres(CODE, spec)
    line_y = [c[1] for c, prev in zip(centres, [None, *centres], strict=False) if c and prev is None]
    rows = [grid.map_y(y) / 28 for y in line_y]
    first = int(rows[0])
    for r, row in enumerate(rows):
        assert int(row) == first + r, rows  # line r in token row first + r
        assert abs(row % 1 - 0.5) < 0.25, rows  # near the row's middle, not on its edge
    # The drawn ink of each line stays inside its row (antialiased edges aside).
    ink = np.abs(np.asarray(out.convert("L"), dtype=np.int16) - np.asarray(out.convert("L"))[-1, -1]) > 96
    for r in range(len(rows)):
        band = ink[28 * (first + r):28 * (first + r + 1)]
        assert band.any()
    assert not ink[28 * (first + len(rows)) + 2:].any()


def test_one_line_sits_in_one_row() -> None:
    spec = RenderSpec(theme="default", font="dejavu-sans-mono", font_size=13, padding=10)
    image = render("print('hello, world')", "python", spec)
    out, grid = line_grid.line_grid(image)
    ink = (np.asarray(out.convert("L")) < 128).any(axis=1)
    rows = {y // 28 for y in np.flatnonzero(ink)}
    assert len(rows) == 1 and out.height % 28 == 0 and out.width // 28 * (out.height // 28) >= 4


def test_budget_squeezes_width_and_then_everything() -> None:
    spec = RenderSpec(theme="default", font="dejavu-sans-mono", font_size=12, line_spacing=1.2)
    wide = render("\n".join(["x = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14"] * 12), "python", spec)
    grid = line_grid.fit(wide, max_tokens=200)
    columns, rows = grid.size[0] // 28, grid.size[1] // 28
    assert columns * rows <= 200 and grid.scale_x < grid.scale_y  # rows kept, width squeezed
    tall = render("\n".join(f"v{i} = {i}" for i in range(60)), "python", spec)
    grid = line_grid.fit(tall, max_tokens=16)
    assert (grid.size[0] // 28) * (grid.size[1] // 28) <= 16 and grid.size[0] % 28 == 0 and grid.size[1] % 28 == 0


def test_blank_and_tiny_images_still_give_a_valid_input() -> None:
    for image in (Image.new("RGB", (300, 200), (30, 30, 30)), Image.new("RGB", (5, 3), "white")):
        out = line_grid.model_input(image, 512)
        assert out.width % 28 == 0 and out.height % 28 == 0 and (out.width // 28) * (out.height // 28) <= 512


def test_off_unless_the_processor_asks_for_it() -> None:
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    processor = Qwen2VLImageProcessorPil(min_pixels=3136, max_pixels=401408)
    assert line_grid.for_processor(processor) == 0
    image = Image.new("RGB", (90, 50), "white")
    assert line_grid.model_input(image, 0) is image
    processor.line_grid = True
    processor.size["longest_edge"] = 1024 * 28 * 28
    assert line_grid.for_processor(processor) == 1024


def test_line_grid_stage_knows_the_row_and_column_of_every_character() -> None:
    from vlmedge.training.data import SampleStream
    from vlmedge.training.train import DEFAULT_RECIPE, base_build_config, read_recipe, stages_of

    recipe = read_recipe(DEFAULT_RECIPE)
    stage = next(stage for stage in stages_of(recipe) if stage.data.line_grid)
    stream = SampleStream(base_build_config(recipe), stage.data, seed=7)
    samples = [stream.sample(index) for index in range(40)]
    assert all(s.image.width % 28 == 0 and s.image.height % 28 == 0 for s in samples)
    known = [s for s in samples if s.cells is not None and "\n" in s.text]
    assert len(known) >= 8  # most clean multi-line renders keep their layout
    for sample in known:
        assert sample.by_row and len(sample.cells) == len(sample.text)
        lines = sample.text.split("\n")
        rows = [cell[0] for cell in sample.cells if cell]
        assert rows == [sample.first_row + r for r, line in enumerate(lines) for _ in line]
        columns = [cell[1] for cell in sample.cells if cell]
        assert min(columns) >= sample.first_column and max(columns) < sample.image.width // 28
        # Line r's glyphs are drawn in token row first_row + r: ink sits there, none in the rows between.
        gray = np.asarray(sample.image.convert("L"), dtype=np.int16)
        background = int(np.bincount(gray.ravel()).argmax())  # the editor's background
        for r, line in enumerate(lines):
            if line.strip():
                row = gray[28 * (sample.first_row + r):28 * (sample.first_row + r + 1),
                           28 * sample.first_column:]
                assert (np.abs(row - background) > 40).any(), (r, line)


def test_torch_runtime_normalizes_when_the_model_asks() -> None:
    import copy

    from vlmedge.models import load
    from vlmedge.runtime.torch_runtime import TorchRuntime

    loaded = load("default")
    spec = RenderSpec(theme="default", font="dejavu-sans-mono", font_size=13, line_spacing=1.5, padding=9)
    image = render(CODE, "python", spec)
    asks, plain = copy.deepcopy(loaded.processor), copy.deepcopy(loaded.processor)
    asks.image_processor.line_grid = True
    plain.image_processor.line_grid = False
    tokens = line_grid.for_processor(asks.image_processor)
    normalized = TorchRuntime(loaded.model, asks).prompt_logits(image)
    by_hand = TorchRuntime(loaded.model, plain).prompt_logits(line_grid.model_input(image, tokens))
    raw = TorchRuntime(loaded.model, plain).prompt_logits(image)
    np.testing.assert_allclose(normalized, by_hand, rtol=1e-5, atol=1e-5)
    assert np.abs(normalized - raw).max() > 1e-3  # the model saw another image


def test_normalizing_twice_changes_nothing() -> None:
    image = render(CODE, "python", SPECS[2])
    once = line_grid.model_input(image, 2048)
    twice = line_grid.model_input(once, 2048)
    assert twice.size == once.size and np.array_equal(np.asarray(twice), np.asarray(once))


def test_a_line_grid_stage_trains_and_flags_the_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    import yaml

    from vlmedge.models import load
    from vlmedge.models.architecture import read_spec
    from vlmedge.training.train import DEFAULT_RECIPE, LINE_GRID_TOKENS, train

    spec = read_spec()
    spec["text"].update({"num_hidden_layers": 1, "intermediate_size": 256})
    spec["vision"].update({"depth": 1, "embed_dim": 128, "num_heads": 2})
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec))
    recipe = yaml.safe_load(DEFAULT_RECIPE.read_text())
    stage = next(s for s in recipe["stages"] if s.get("line_grid"))
    recipe.update({"model_spec": str(spec_file), "checkpoint_every": 1000,
                   "tokenizer": {"vocab_size": 400, "corpus_units": 100},
                   "guided_attention": {"layer": 0, "head": 0}})
    recipe["stages"] = [{**stage, "until_step": 20, "batch_size": 4, "max_lines": 4,
                         "cooldown": {"steps": 5, "to": 0.5}}]
    recipe_file = tmp_path / "recipe.yaml"
    recipe_file.write_text(yaml.safe_dump(recipe))
    train(tmp_path / "run", recipe_file, threads=1, progress=False)
    log = [json.loads(line) for line in (tmp_path / "run" / "log.jsonl").read_text().splitlines()]
    assert log[-1]["step"] == 20 and log[-1]["glyph_ctc"] > 0 and log[-1]["align"] > 0, log  # layout known
    config = json.loads((tmp_path / "run" / "checkpoint" / "preprocessor_config.json").read_text())
    assert config["line_grid"] is True and config["size"]["longest_edge"] == LINE_GRID_TOKENS * 28 * 28
    assert line_grid.for_processor(load(tmp_path / "run" / "checkpoint").processor.image_processor) == LINE_GRID_TOKENS


@pytest.mark.parametrize("degrees", [-2.2, 1.5])
def test_a_tilted_photo_is_levelled_first(degrees: float) -> None:
    spec = SPECS[0]
    image = render(CODE, "python", spec)
    tilted = image.rotate(degrees, Image.Resampling.BILINEAR, fillcolor=image.getpixel((0, 0)))
    assert line_grid.skew(tilted) == pytest.approx(-degrees, abs=0.2)
    assert line_grid.skew(image) == 0.0  # level text is left alone
    _, grid = line_grid.line_grid(tilted)
    assert grid.pitch == pytest.approx(line_pitch(CODE, spec), rel=0.03)


def test_deskew_scores_angles_in_threads_that_a_forked_child_starts_again() -> None:
    image = render(CODE, "python", SPECS[0])
    tilted = image.rotate(1.5, Image.Resampling.BILINEAR, fillcolor=image.getpixel((0, 0)))
    angle = line_grid.skew(tilted)  # the parent's threads exist now
    # A forked worker (a DataLoader's, the grader's) inherits the pool but none of its threads.
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply_async(line_grid.skew, (tilted,)).get(timeout=60) == angle


def test_model_size_is_the_processors_own() -> None:
    """vlmedge.screenshots.sizing (light clients have no transformers) against transformers' smart_resize."""
    import random

    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import smart_resize

    from vlmedge.screenshots.sizing import model_size

    rng = random.Random(5)
    sizes = [(rng.randint(1, 4000), rng.randint(1, 4000)) for _ in range(3000)]
    sizes += [(28 * n + 14, 28 * m + 14) for n in range(1, 30) for m in range(1, 30)]  # exact halves: round to even
    for height, width in sizes:
        for factor, low, high in ((28, 3136, 401408), (28, 56 * 56, 2048 * 28 * 28), (32, 1024, 16384 * 32)):
            try:
                expected = smart_resize(height, width, factor=factor, min_pixels=low, max_pixels=high)
            except ValueError:
                with pytest.raises(ValueError):
                    model_size(height, width, factor, low, high)
                continue
            assert model_size(height, width, factor, low, high) == tuple(expected), (height, width, factor)
