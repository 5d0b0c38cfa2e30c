"""Line-grid input normalization: rescale a code screenshot so that every text line fills one row of merged
vision tokens (28 px), centred in it.

Why: a tiny decoder finds the line it is reading far more easily when line r sits in token row r (the
curriculum's grid stages read at 85 % token accuracy; the same weights on natural line spacing, where a line
straddles token rows at a phase that varies from line to line, at 47 %). Like Tesseract's advice to scale text
to a fixed x-height, this is a fixed resolution the model reads at, found from the pixels alone (the line
pitch of monospace code is its strongest vertical period), so it applies to any screenshot, in every runtime.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from PIL import Image

from vlmedge.threads import cpu_threads

# Where a model says it reads line-grid images: a key of its preprocessor_config.json, and of its GGUF mmproj.
LINE_GRID_FLAG = "line_grid"
LINE_GRID_KEY = "vlmedge.line_grid"
ROW = 28  # one merged vision token: 14 px patches, 2x2 merged
# Merged-token budget of line-grid inputs (the default model's processor max_pixels / 28^2): a 24-line,
# 100-column screenshot at 12 px fits unsqueezed.
DEFAULT_TOKENS = 2048
# Line pitches we look for, in source pixels: 9-13 px fonts at 1.1x spacing up to 40 px fonts at 1.7x.
MIN_PITCH, MAX_PITCH = 10.0, 72.0
# A single line (no vertical period): its ink band is about this share of its line box.
SINGLE_LINE_INK = 0.72
EDGE_LEVEL = 24  # grey-level step between neighbouring pixels that counts as a glyph edge


MAX_SKEW = 3.0  # degrees: a phone photo of a screen held roughly level
SKEW_STEP = 0.25


_pool: ThreadPoolExecutor | None = None


def _rotations() -> ThreadPoolExecutor:
    """Threads for deskew's trial rotations: PIL lets go of the GIL while it rotates, so 2 cores score the angles
    in about half the time (31.9 -> 20.9 ms a screenshot over 1,174 eval, held-out and demo screenshots), with
    the same scores."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=min(4, cpu_threads()), thread_name_prefix="vlmedge-deskew")
    return _pool


def _forget_pool() -> None:
    global _pool
    _pool = None  # a forked child has none of its threads; it starts its own


os.register_at_fork(after_in_child=_forget_pool)


def skew(image: Image.Image) -> float:
    """The rotation in degrees that makes the text lines level: the angle whose row profile of glyph edges is
    the most peaked (projection-profile deskew). 0 for level text."""
    small = image.convert("L")
    if small.width > 400:
        small = small.resize((400, max(1, round(small.height * 400 / small.width))), Image.Resampling.BILINEAR)
    gray = np.asarray(small, dtype=np.float32)
    if gray.shape[0] < 8 or gray.shape[1] < 8:
        return 0.0
    edges = np.abs(np.diff(gray, axis=1))
    edge_image = Image.fromarray(np.clip(edges * 4, 0, 255).astype(np.uint8))

    scored: dict[float, float] = {}  # the fine search and the final test revisit 5 of the 38 angles

    def peakedness(angle: float) -> float:
        rotated = np.asarray(edge_image.rotate(angle, Image.Resampling.BILINEAR))
        profile = rotated.sum(axis=1, dtype=np.int64).astype(np.float64)
        return float((profile * profile).sum())

    def scores(angles: np.ndarray) -> list[float]:
        keys = [round(float(angle), 6) for angle in angles]
        missing = {key: float(angle) for key, angle in zip(keys, angles, strict=True) if key not in scored}
        scored.update(zip(missing, _rotations().map(peakedness, missing.values()), strict=True))
        return [scored[key] for key in keys]

    angles = np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, SKEW_STEP)
    best = float(angles[int(np.argmax(scores(angles)))])
    fine = np.arange(best - SKEW_STEP, best + SKEW_STEP + 1e-9, SKEW_STEP / 5)
    best = float(fine[int(np.argmax(scores(fine)))])
    level, tilted = scores(np.array([0.0, best]))
    # Level text peaks at 0 within a step's noise: leave it alone rather than resample it.
    return best if abs(best) >= 0.3 and tilted > 1.02 * level else 0.0


def deskew(image: Image.Image) -> Image.Image:
    """`image` with its text lines made level (unchanged when they already are)."""
    angle = skew(image)
    if not angle:
        return image
    return image.convert("RGB").rotate(angle, Image.Resampling.BICUBIC, fillcolor=background(image))


@dataclass(frozen=True)
class GridFit:
    """The transform line_grid applied: source (x, y) -> (x * scale_x, y * scale_y + offset_y)."""

    pitch: float  # line pitch found in the source, pixels
    scale_x: float
    scale_y: float
    offset_y: float
    size: tuple[int, int]  # output (width, height), both multiples of ROW

    def map_x(self, x: float) -> float:
        return x * self.scale_x

    def map_y(self, y: float) -> float:
        return y * self.scale_y + self.offset_y


def glyph_edges(gray: np.ndarray) -> np.ndarray:
    """Per pixel, whether a glyph stroke's edge starts there: a horizontal grey-level step (strokes give many;
    flat bars such as title bars and gutter fills give none, whatever their colour), on a lightly smoothed image
    so sensor noise does not count. Same shape as `gray`."""
    gray = gray.astype(np.float64)
    smooth = (gray[:, :-2] + gray[:, 1:-1] + gray[:, 2:]) / 3.0
    smooth = (smooth[:-2] + smooth[1:-1] + smooth[2:]) / 3.0
    diffs = np.abs(np.diff(smooth, axis=1))
    # Relative to the image's own strongest steps, so low-contrast photos keep their glyphs.
    strong = diffs[diffs > 3]
    level = max(6.0, min(EDGE_LEVEL, 0.4 * float(np.percentile(strong, 90)))) if strong.size else EDGE_LEVEL
    stepped = diffs > level
    # Columns stepping in most rows are vertical rules (window borders, gutter separators), not glyphs.
    stepped[:, stepped.mean(axis=0) > 0.5] = False
    # Smoothing trimmed a pixel at each edge, the step one more column: pad back to the image's grid.
    return np.pad(stepped, ((1, 1), (1, 2)))


def _edge_profile(gray: np.ndarray) -> np.ndarray:
    """Per pixel row, how much glyph there is (glyph_edges per row), clipped at a few so that a line holding only
    `{` weighs as much as a long one (else every other line can vanish from the period)."""
    steps = glyph_edges(gray)[1:-1].sum(axis=1).astype(np.float64)
    return np.log1p(np.concatenate([[0.0], steps, [0.0]]))


def _bands(profile: np.ndarray) -> list[tuple[int, int]]:
    """Runs of rows with ink: (first, end) pairs."""
    if profile.max() <= 0:
        return []
    # Above the floor that slanted borders (a window photographed off-axis) put under every row.
    floor = float(np.percentile(profile, 20))
    inked = profile > floor + 0.25 * (float(profile.max()) - floor) if floor > 0.5 else profile > 0.05 * profile.max()
    bands, start = [], None
    for y, on in enumerate(inked):
        if on and start is None:
            start = y
        elif not on and start is not None:
            bands.append((start, y))
            start = None
    if start is not None:
        bands.append((start, len(inked)))
    return bands


def _band_pitch(bands: list[tuple[int, int]]) -> float | None:
    """Median distance between the centres of neighbouring ink bands (lines), specks left out."""
    heights = np.array([end - first for first, end in bands], dtype=np.float64)
    kept = [b for b, h in zip(bands, heights, strict=True) if h >= 0.4 * np.median(heights)]
    if len(kept) < 2:
        return None
    centres = np.array([(first + end) / 2 for first, end in kept])
    return float(np.median(np.diff(centres)))


def _autocorrelation(profile: np.ndarray, high: int) -> np.ndarray:
    centred = profile - profile.mean()
    energy = float((centred * centred).sum()) or 1.0
    return np.array([float((centred[:-lag] * centred[lag:]).sum()) / energy for lag in range(1, high + 1)])


def _pitch(profile: np.ndarray, bands: list[tuple[int, int]]) -> float | None:
    """The line pitch, sub-pixel; None for fewer than two lines.

    The first autocorrelation peak close to the strongest one (multiples of the pitch peak too); band spacing
    where the profile has no clear period (lines of very different lengths).
    """
    guess = _band_pitch(bands)
    if guess is None:
        return None
    high = min(int(MAX_PITCH * 1.3), len(profile) // 2)
    if high <= MIN_PITCH + 2:
        return guess if MIN_PITCH <= guess <= MAX_PITCH else None
    corr = _autocorrelation(profile, high)
    peaks = [k for k in range(int(MIN_PITCH) - 1, high - 1)
             if corr[k] > corr[k - 1] and corr[k] >= corr[k + 1] and corr[k] > 0.15]
    if not peaks:
        return guess if MIN_PITCH <= guess <= MAX_PITCH else None
    best = max(corr[k] for k in peaks)
    i = next(k for k in peaks if corr[k] >= 0.5 * best)
    # Every other line short (`{`, `}`) makes twice the pitch the stronger period: where the bands say the
    # lines sit closer, take the peak at a half (or a third) of it.
    for divisor in (3, 2):
        target = (i + 1) / divisor
        if target >= MIN_PITCH and abs(guess / target - 1) < 0.2:
            near = [k for k in range(max(1, int(target * 0.85) - 1), min(high - 1, int(target * 1.15)))
                    if corr[k] > corr[k - 1] and corr[k] >= corr[k + 1]]
            if near:
                i = max(near, key=lambda k: corr[k])
                break
    a, b, c = corr[i - 1], corr[i], corr[i + 1]
    shift = 0.5 * (a - c) / (a - 2 * b + c) if (a - 2 * b + c) != 0 else 0.0
    return float(i + 1 + max(-0.5, min(0.5, shift)))


def _refine(profile: np.ndarray, pitch: float) -> tuple[float, float]:
    """(pitch, centre of the first line) fitted to the lines themselves: each line's centre of edge mass, in
    the window the rough pitch gives it, regressed on its index. Over many lines a small pitch error drifts
    the later ones out of their rows, so the autocorrelation's peak is not enough."""
    y = np.arange(len(profile), dtype=np.float64)
    phase = _phase(profile, pitch)
    index = np.round((y - phase) / pitch)
    lines, centres, weights = [], [], []
    for k in np.unique(index):
        in_line = index == k
        mass = float(profile[in_line].sum())
        if mass > 0.2 * float(profile.sum()) / max(1.0, len(profile) / pitch):
            lines.append(k)
            centres.append(float((profile[in_line] * y[in_line]).sum()) / mass)
            weights.append(mass)
    if len(lines) < 3:
        return pitch, phase
    slope, intercept = np.polyfit(np.array(lines), np.array(centres), 1, w=np.sqrt(np.array(weights)))
    if not 0.9 * pitch < slope < 1.1 * pitch:
        return pitch, phase
    return float(slope), float(intercept % slope)


def _phase(profile: np.ndarray, pitch: float) -> float:
    """Where line centres sit, modulo the pitch: the circular mean of the edge mass."""
    angles = 2 * np.pi * np.arange(len(profile)) / pitch
    vector = (profile * np.exp(1j * angles)).sum()
    return float((np.angle(vector) % (2 * np.pi)) * pitch / (2 * np.pi))


def background(image: Image.Image) -> tuple[int, ...]:
    """The most common colour: the editor's background."""
    small = image.convert("RGB").resize((max(1, image.width // 4), max(1, image.height // 4)), Image.Resampling.NEAREST)
    colours = small.getcolors(small.width * small.height) or [(1, (255, 255, 255))]
    return max(colours)[1]


def fit(image: Image.Image, max_tokens: int) -> GridFit:
    """The transform that puts each line of `image` in its own token row, within `max_tokens` merged tokens."""
    gray = np.asarray(image.convert("L"), dtype=np.int16)
    profile = _edge_profile(gray)
    bands = _bands(profile)
    pitch = _pitch(profile, bands)
    if pitch is None:
        # One line (or none): size its ink band to a line box's share of a row, centred.
        first, end = bands[0] if bands else (0, image.height)
        pitch = max(MIN_PITCH, (end - first) / SINGLE_LINE_INK)
        centre = (first + end) / 2
    else:
        pitch, centre = _refine(profile, pitch)
    scale_y = ROW / pitch
    # Line centres (centre + k * pitch) land on row centres (ROW / 2 + k' * ROW).
    offset_y = (ROW / 2 - centre * scale_y) % ROW
    if abs(scale_y - 1) < 0.02 and min(offset_y, ROW - offset_y) < 2.5:
        scale_y, offset_y = 1.0, 0.0  # already on the grid (normalized once): leave the pixels as they are
    height = max(ROW, int(np.ceil((image.height * scale_y + offset_y) / ROW)) * ROW)
    rows = height // ROW
    scale_x = scale_y
    columns = max(1, int(np.ceil(image.width * scale_x / ROW)))
    if rows * columns > max_tokens:
        # Too wide for the budget: squeeze horizontally only, so lines keep their rows.
        columns = max(1, max_tokens // rows)
        scale_x = columns * ROW / image.width
    if rows * columns > max_tokens or columns < 2:
        # Too many lines for the budget even one column wide: a uniform fit (rows no longer hold one line each).
        factor = float(np.sqrt(max_tokens * ROW * ROW / (image.width * image.height)))
        scale_x = scale_y = factor
        offset_y = 0.0
        columns = max(1, int(image.width * factor // ROW))
        rows = max(1, int(image.height * factor // ROW))
        while rows * columns > max_tokens:
            rows -= rows >= columns
            columns -= columns > rows
    return GridFit(pitch, scale_x, scale_y, offset_y, (columns * ROW, rows * ROW))


def apply(image: Image.Image, grid: GridFit) -> Image.Image:
    """`image` drawn through `grid` on a canvas of its background colour."""
    image = image.convert("RGB")
    width = max(1, round(image.width * grid.scale_x))
    height = max(1, round(image.height * grid.scale_y))
    scaled = image if (width, height) == image.size else image.resize((width, height), Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", grid.size, background(image))
    canvas.paste(scaled, (0, int(round(grid.offset_y))))
    return canvas


def line_grid(image: Image.Image, max_tokens: int = DEFAULT_TOKENS) -> tuple[Image.Image, GridFit]:
    """`image` made level and put on the line grid, and the grid's transform (of the levelled image)."""
    image = deskew(image)
    grid = fit(image, max_tokens)
    return apply(image, grid), grid


def for_processor(image_processor: object) -> int:
    """The merged-token budget of line-grid inputs for a transformers image processor that asks for them
    (its `line_grid` key), else 0: the image goes to the processor as it is."""
    if not getattr(image_processor, LINE_GRID_FLAG, False):
        return 0
    size = getattr(image_processor, "size", None) or {}
    longest = size.get("longest_edge") if hasattr(size, "get") else None
    return int(longest or DEFAULT_TOKENS * ROW * ROW) // (ROW * ROW)


def model_input(image: Image.Image, max_tokens: int) -> Image.Image:
    """What a model reads: the line-grid image within `max_tokens`, or the image itself when 0."""
    return line_grid(image, max_tokens)[0] if max_tokens else image
