"""Photo-like degradations of a screenshot, one class per kind, each with the bounds its parameters obey.

A sample gets zero or more of them, applied in a fixed physical order (camera geometry first, sensor noise
and JPEG last); every parameter drawn is recorded with the sample.
"""

from __future__ import annotations

import io
import random
from abc import ABC, abstractmethod
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter

Params = dict[str, Any]


class Degradation(ABC):
    name: str
    bounds: dict[str, tuple[float, float]]  # inclusive range of each parameter

    def sample(self, rng: random.Random) -> Params:
        return {key: round(rng.uniform(low, high), 4) for key, (low, high) in self.bounds.items()}

    @abstractmethod
    def apply(self, image: Image.Image, params: Params, seed: int) -> Image.Image:
        """Return a new image of the same size and mode."""


def _border_color(image: Image.Image) -> tuple[int, ...]:
    return image.getpixel((0, image.height - 1))  # type: ignore[return-value]


class Perspective(Degradation):
    """A phone held slightly off-axis: each corner moves inward by up to `shift` of the image size."""

    name = "perspective"
    bounds = {"shift": (0.005, 0.03)}

    def apply(self, image: Image.Image, params: Params, seed: int) -> Image.Image:
        rng = random.Random(seed)
        w, h = image.size
        s = params["shift"]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        dst = [(x + sign_x * rng.uniform(0, s) * w, y + sign_y * rng.uniform(0, s) * h)
               for (x, y), (sign_x, sign_y) in zip(src, ((1, 1), (-1, 1), (-1, -1), (1, -1)), strict=True)]
        coeffs = _perspective_coefficients(dst, src)
        return image.transform(image.size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR,
                               fillcolor=_border_color(image))


def _perspective_coefficients(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """The 8 coefficients Pillow wants: they map each output (dst) point to its input (src) point."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


class Rotate(Degradation):
    name = "rotate"
    bounds = {"degrees": (-2.5, 2.5)}

    def apply(self, image: Image.Image, params: Params, seed: int) -> Image.Image:
        return image.rotate(params["degrees"], Image.Resampling.BILINEAR, expand=False,
                            fillcolor=_border_color(image))


class Rescale(Degradation):
    """Downscale then upscale back: the softness of a photo of a screen taken from a distance."""

    name = "rescale"
    bounds = {"factor": (0.5, 0.8)}

    def apply(self, image: Image.Image, params: Params, seed: int) -> Image.Image:
        w, h = image.size
        small = image.resize((max(1, round(w * params["factor"])), max(1, round(h * params["factor"]))),
                             Image.Resampling.BILINEAR)
        return small.resize((w, h), Image.Resampling.BICUBIC)


class Blur(Degradation):
    name = "blur"
    bounds = {"radius": (0.4, 1.3)}

    def apply(self, image: Image.Image, params: Params, seed: int) -> Image.Image:
        return image.filter(ImageFilter.GaussianBlur(params["radius"]))


class LowContrast(Degradation):
    """A dim room or a dimmed screen: contrast squeezed, brightness lowered."""

    name = "low_contrast"
    bounds = {"contrast": (0.35, 0.75), "brightness": (0.55, 1.0)}

    def apply(self, image: Image.Image, params: Params, seed: int) -> Image.Image:
        image = ImageEnhance.Contrast(image).enhance(params["contrast"])
        return ImageEnhance.Brightness(image).enhance(params["brightness"])


class Noise(Degradation):
    """Sensor noise: Gaussian, cut from a per-process tile at a seeded offset and flip.

    Drawing fresh normals per pixel cost more than rendering the image; a 1024 px tile shifted and
    flipped per sample gives noise no model can memorize at a tenth of the cost.
    """

    name = "noise"
    bounds = {"sigma": (3.0, 12.0)}
    tile_size = 1024

    def apply(self, image: Image.Image, params: Params, seed: int) -> Image.Image:
        rng = random.Random(seed)
        tile = _noise_tile(self.tile_size)
        w, h = image.size
        reps_y, reps_x = -(-h // self.tile_size), -(-w // self.tile_size)
        if reps_x > 1 or reps_y > 1:
            tile = np.tile(tile, (reps_y, reps_x, 1))
        y, x = rng.randrange(tile.shape[0] - h + 1), rng.randrange(tile.shape[1] - w + 1)
        patch = tile[y:y + h, x:x + w]
        if rng.random() < 0.5:
            patch = patch[::-1]
        if rng.random() < 0.5:
            patch = patch[:, ::-1]
        pixels = np.asarray(image, dtype=np.float32) + patch * np.float32(params["sigma"])
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), image.mode)


@lru_cache(maxsize=1)
def _noise_tile(size: int) -> np.ndarray:
    return np.random.default_rng(20261123).standard_normal((size, size, 3), dtype=np.float32)


class Jpeg(Degradation):
    name = "jpeg"
    bounds = {"quality": (25, 85)}

    def sample(self, rng: random.Random) -> Params:
        low, high = self.bounds["quality"]
        return {"quality": rng.randint(int(low), int(high))}

    def apply(self, image: Image.Image, params: Params, seed: int) -> Image.Image:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=int(params["quality"]))
        buffer.seek(0)
        return Image.open(buffer).convert(image.mode)


# Registry, in the order degradations are applied.
DEGRADATIONS: dict[str, Degradation] = {d.name: d for d in (
    Perspective(), Rotate(), Rescale(), Blur(), LowContrast(), Noise(), Jpeg(),
)}


def sample_plan(rng: random.Random, clean_probability: float, max_count: int = 3) -> list[tuple[str, Params]]:
    """Which degradations a sample gets and with what parameters; empty for a clean sample."""
    if rng.random() < clean_probability:
        return []
    count = rng.randint(1, max_count)
    chosen = set(rng.sample(list(DEGRADATIONS), count))
    return [(name, DEGRADATIONS[name].sample(rng)) for name in DEGRADATIONS if name in chosen]


def apply_plan(image: Image.Image, plan: list[tuple[str, Params]], seed: int) -> Image.Image:
    for step, (name, params) in enumerate(plan):
        image = DEGRADATIONS[name].apply(image, params, seed + step)
    return image


def plan_label(plan: list[tuple[str, Params]]) -> str:
    return "+".join(name for name, _ in plan) or "clean"
