"""Enhancing a photo of a screen before it is read: contrast stretched to the full range (a dim or washed-out
photo) and speckle noise removed by a median filter where the image is noisy. Levelling a tilted photo is the line
grid's job (vlmedge/screenshots/line_grid.py deskews every screenshot). Off by default (`vlmedge grade
--enhance` turns it on): `python benchmarks/grader_enhance.py`, 64 degraded dev screenshots (seed 1) read by the
step-32,400 default model, CER 7.83 % as they are, 11.27 % enhanced; only low-contrast ones gained (9.9 -> 8.8 %),
noisy ones lost most (0.9 -> 9.6 %: the median filter thins strokes the model reads)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter, ImageOps

CONTRAST_CUTOFF = 0.5  # percent of the darkest and brightest pixels clipped by the stretch
NOISE_LEVEL = 6.0  # mean grey-level difference from a 3x3 median past which the image counts as noisy


def noise_level(image: Image.Image) -> float:
    gray = image.convert("L")
    smooth = gray.filter(ImageFilter.MedianFilter(3))
    return float(np.abs(np.asarray(gray, np.int16) - np.asarray(smooth, np.int16)).mean())


def enhance(image: Image.Image) -> Image.Image:
    image = ImageOps.autocontrast(image.convert("RGB"), cutoff=CONTRAST_CUTOFF)
    if noise_level(image) > NOISE_LEVEL:
        image = image.filter(ImageFilter.MedianFilter(3))
    return image
