"""Row reading: screenshots cut into their text rows from the pixels, and rows joined back into the code."""

from __future__ import annotations

import pytest
from PIL import Image

from vlmedge.calibration.render import RenderSpec, render
from vlmedge.evaluate.metrics import canonical
from vlmedge.screenshots import line_grid, line_rows
from vlmedge.screenshots.line_grid import ROW

CODE = ("def total(values, start):\n    result = start\n    for value in values:\n        if value > 0:\n"
        "            result += value\n\n    # ignore the rest\n    return result")
SPECS = [
    RenderSpec(theme="default", font="dejavu-sans-mono", font_size=16),
    RenderSpec(theme="monokai", font="jetbrains-mono", font_size=14, line_numbers=True, first_line_number=98),
    RenderSpec(theme="github-dark", font="fira-code", font_size=13, chrome=True, margin=14, title="total.py",
               line_spacing=1.6, line_numbers=True),
    RenderSpec(theme="solarized-light", font="noto-mono", font_size=19, line_spacing=1.15, padding=20),
]


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: f"{spec.theme}-{spec.font}")
def test_rows_hold_one_line_each_and_join_back_to_the_code(spec: RenderSpec) -> None:
    layout = line_rows.split(render(CODE, "python", spec))
    lines = CODE.split("\n")
    code_lines = [line for line in lines if line.strip()]
    # One row per non-blank line (no title bar, no line number of the blank line), consecutive grid rows.
    assert len(layout.rows) == len(code_lines)
    assert [row.index - layout.rows[0].index for row in layout.rows] == [i for i, line in enumerate(lines)
                                                                        if line.strip()]
    # Given each row's text without its indentation, the join restores indentation and the blank line from the
    # pixels alone: the row's distance from code column 0 (right of the line numbers).
    assert line_rows.join(layout, [line.strip() for line in code_lines]) == canonical(CODE)
    # A row alone is cut at its own ink's width (a short line costs the encoder less), a chunk at the longest's.
    images = layout.images()
    assert all(image.height == ROW and image.width % ROW == 0 and image.width >= line_rows.MIN_WIDTH
               for image in images)
    widths = [image.width for image in images]
    longest = max(range(len(code_lines)), key=lambda i: len(code_lines[i].strip()))  # indentation is not cut
    assert widths[longest] == max(widths) <= layout.chunk_image((0, len(layout.rows))).width
    assert widths[code_lines.index("    return result")] < widths[longest] * 0.75
    for row, image in zip(layout.rows, images, strict=True):
        left, right = layout.row_box(row)
        assert left <= row.left and right >= row.right  # all of the row's ink, none cut off
        assert image.crop((0, 0, right - left, ROW)).tobytes() == \
            layout.grid_image.crop((left, row.index * ROW, right, (row.index + 1) * ROW)).tobytes()


@pytest.mark.parametrize("theme", ["vs", "nord"])
def test_a_one_line_snippet_under_a_title_bar_keeps_its_line(theme: str) -> None:
    # One inked row of code and one of title bar: the text area's colour comes from all rows, not a tie of two.
    spec = RenderSpec(theme=theme, font="liberation-mono", font_size=16, chrome=True, title="lib.rb")
    layout = line_rows.split(render("# frozen_string_literal: false", "ruby", spec))
    assert len(layout.rows) == 1
    assert line_rows.join(layout, ["# frozen_string_literal: false"]) == "# frozen_string_literal: false"


def test_chunks_span_a_few_rows_and_end_at_blank_lines() -> None:
    layout = line_rows.split(render(CODE + "\n" + CODE, "python", SPECS[0]))
    assert len(layout.rows) == 14
    spans = layout.chunks(8)
    # Rows 0-4 | 5-11 (8 grid rows hold no blank line in their second half) | 12-13: blank lines start chunks.
    assert spans == [(0, 5), (5, 12), (12, 14)]
    for first, end in spans:
        assert layout.rows[end - 1].index - layout.rows[first].index < 8
        image = layout.chunk_image((first, end))
        assert image.height == (layout.rows[end - 1].index - layout.rows[first].index + 1) * ROW
    assert layout.chunks(1) == [(i, i + 1) for i in range(14)]
    # Shifted by half a chunk: the first chunk holds the first 4 grid rows, and the borders fall elsewhere.
    assert layout.chunks(8, offset=4) == [(0, 4), (4, 11), (11, 14)]


def test_merge_takes_chunk_lines_where_they_pair_with_rows() -> None:
    rows = ["def totl(values):", "resu1t = 0", "", "retrn result"]
    # The chunk read with context: it skipped the third row's junk and fixed letters, and added a line.
    chunk = "def total(values):\n    result = 0\n    return result\n}"
    assert line_rows.merge(rows, [([(0, 4)], [chunk])]) == ["def total(values):", "result = 0", "", "return result"]
    # A chunk line unlike any row's own reading is not taken.
    assert line_rows.merge(["x = 1"], [([(0, 1)], ["while True:"])]) == ["x = 1"]
    # Three readings of a row: the one most like the other two wins.
    chunkings = [([(0, 2)], ["def total(vals):\nreturn x"]), ([(0, 1), (1, 2)], ["def total(values):", "return y"])]
    assert line_rows.merge(["def total(values)", "return x"], chunkings) == ["def total(values):", "return x"]
    # Two equal readings outvote a third, even when they are one (interned) string object.
    assert line_rows.merge(["ab"], [([(0, 1)], ["ab"]), ([(0, 1)], ["abc"])]) == ["ab"]


def test_readings_that_do_not_fit_the_row_width_leave_the_vote() -> None:
    full = "Display*      /* d */,"
    chunkings = [([(0, 1)], ["Display*"]), ([(0, 1)], ["Display*"])]  # both chunks stopped at the wide gap
    assert line_rows.merge([full], chunkings) == ["Display*"]  # two alike outvote one
    # The row's ink is 22 cells wide: the short readings do not fit it, so its own reading is taken.
    assert line_rows.merge([full], chunkings, cells=[22.3]) == [full]
    # Where no reading fits, all vote as before.
    assert line_rows.merge([full], chunkings, cells=[60.0]) == ["Display*"]
    # A reading that ran on past the line's end leaves too.
    runaway = [([(0, 1)], ["x = 1 x = 1 x = 1 x = 1"]), ([(0, 1)], ["x = 1 x = 1 x = 1 x = 1"])]
    assert line_rows.merge(["x = 1"], runaway, cells=[5.3]) == ["x = 1"]


def test_a_reading_that_runs_on_past_its_ink_is_cut_back_to_it() -> None:
    # Read alone, nothing else votes: a looping reading keeps only as many cells as the row's ink is wide.
    assert line_rows.merge(["x = 1 x = 1 x = 1 x = 1"], [], cells=[5.3]) == ["x = 1"]
    assert line_rows.merge(["注释注释注释注释 = 1"], [], cells=[4.3]) == ["注释"]  # wide characters take two cells
    # Within the slack (3 cells or a fifth of the row) a reading stays whole; short ones are never padded.
    assert line_rows.merge(["abcdefgh", "ab"], [], cells=[5.3, 9.3]) == ["abcdefgh", "ab"]
    assert line_rows.merge(["abcdefgh"], []) == ["abcdefgh"]  # no widths, nothing cut


def test_row_widths_measure_the_text_only_where_the_ink_ends_with_it() -> None:
    texts = ["static const char *write_attempt(int total, int ratio, int first) {", "return a;", "}",
             "int x = rows[x_i] + 1;"]
    image = Image.new("RGB", (1200, 4 * ROW), "white")
    grid = line_grid.GridFit(20.0, 1.0, 1.0, 0.0, image.size)
    # Ink as wide as each line at a 12 px advance: every reading fits its row.
    measured = line_rows.RowLayout(image, tuple(line_rows.Row(i, 20.0, 20.0 + 12 * len(text) - 4)
                                                for i, text in enumerate(texts)), 20.0, (6, 1000), grid)
    cells = line_rows.row_cells(measured, texts)
    assert cells is not None and [round(c) for c in cells] == [len(text) for text in texts]
    # Noise inking every row to the panel's edge: the advance comes out implausible, widths say nothing.
    noisy = line_rows.RowLayout(image, tuple(line_rows.Row(i, 20.0, 1000.0) for i in range(4)), 20.0, (6, 1010),
                                grid)
    assert line_rows.row_cells(noisy, texts) is None
    assert line_rows.RowReading(noisy, ()).code(texts) == "\n".join(texts)  # nothing cut


def test_a_row_that_reads_as_several_lines_keeps_its_first() -> None:
    layout = line_rows.split(render("x = 1\ny = 2", "python", SPECS[0]))
    assert line_rows.join(layout, ["x = 1\nz = 3", "\n y = 2"]) == "x = 1\ny = 2"
    with pytest.raises(ValueError, match="1 texts for 2 rows"):
        line_rows.join(layout, ["x = 1"])


def test_a_blank_image_has_no_rows() -> None:
    layout = line_rows.split(Image.new("RGB", (300, 120), (30, 30, 30)))
    assert layout.rows == () and line_rows.join(layout, []) == ""


def test_default_model_reads_by_rows_in_torch() -> None:
    """The shipped model asks for row reading, rows alone (configs/train/vlmedge-tiny.yaml says why); the torch
    runtime then transcribes one image per text row (and per chunk of rows, for a model that asks for chunks), and
    reports per-screenshot timings summed over them."""
    from vlmedge.models import load
    from vlmedge.runtime.torch_runtime import TorchRuntime

    loaded = load("default")
    assert line_rows.for_processor(loaded.processor.image_processor) == 1
    runtime = TorchRuntime(loaded.model, loaded.processor, max_new_tokens=64)
    assert runtime.chunk_rows == 1
    image = render(CODE, "python", SPECS[1])
    runtime.chunk_rows = 8
    chunked = runtime.transcribe([image])[0]
    assert chunked.timings["rows"] == 7 and chunked.timings["chunks"] == 3 and chunked.ms > 0
    runtime.chunk_rows = 1
    result = runtime.transcribe([image])[0]
    assert result.timings["rows"] == 7 and result.timings["chunks"] == 0 and result.ms > 0
    # Line structure and indentation come from the pixels, whatever the model makes of each row's characters.
    lines = result.text.split("\n")
    assert len(lines) == 8 and lines[5] == "", result.text
    indents = [len(line) - len(line.lstrip(" ")) for line in lines]
    assert indents == [len(line) - len(line.lstrip(" ")) for line in CODE.split("\n")], result.text
