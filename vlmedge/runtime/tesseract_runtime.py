"""Tesseract 5 (Debian `tesseract-ocr`) as a peer transcriber: word boxes from its TSV, code layout rebuilt.

We call the `tesseract` binary directly: its TSV output already carries the word boxes we need, and a
wrapper library would add a dependency without adding anything.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from PIL import Image

from vlmedge.errors import VlmedgeError
from vlmedge.runtime.base import Runtime, Transcription
from vlmedge.screenshots.ocr_layout import Box, rebuild_layout
from vlmedge.threads import cpu_threads

WORD_LEVEL = "5"


def parse_tsv(tsv: str) -> list[Box]:
    boxes = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row["level"] != WORD_LEVEL or not text:
            continue
        left, top, width, height = (float(row[key]) for key in ("left", "top", "width", "height"))
        boxes.append(Box(text, left, left + width, top, top + height))
    return boxes


class TesseractRuntime(Runtime):
    name = "tesseract"

    def __init__(self, language: str = "eng", psm: int = 6, threads: int = 0) -> None:
        self.binary = shutil.which("tesseract")
        if self.binary is None:
            raise VlmedgeError("the tesseract peer needs the `tesseract` binary: apt-get install tesseract-ocr "
                               "(or `make apt`)")
        self.language, self.psm = language, psm  # psm 6: one uniform block of text, as code is
        self.env = {**os.environ, "OMP_THREAD_LIMIT": str(cpu_threads(threads))}  # tesseract's OpenMP threads

    def version(self) -> str:
        out = subprocess.run([self.binary, "--version"], capture_output=True, text=True, check=False)
        return (out.stdout or out.stderr).split("\n")[0].strip()

    def model_files(self) -> list[str]:
        out = subprocess.run([self.binary, "--list-langs"], capture_output=True, text=True, check=False)
        # "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):"
        found = re.search(r'"([^"]+)"', out.stdout + out.stderr)
        data = Path(found.group(1)) / f"{self.language}.traineddata" if found else None
        return [str(data)] if data and data.is_file() else []

    def transcribe(self, images: list[Image.Image]) -> list[Transcription]:
        results = []
        for image in images:
            began = time.perf_counter()
            png = io.BytesIO()
            image.convert("RGB").save(png, format="PNG")
            done = subprocess.run([self.binary, "-", "-", "--psm", str(self.psm), "-l", self.language, "tsv"],
                                  input=png.getvalue(), capture_output=True, check=False, env=self.env)
            if done.returncode != 0:
                raise VlmedgeError(f"tesseract failed: {done.stderr.decode(errors='replace').strip()[:200]}")
            text = rebuild_layout(parse_tsv(done.stdout.decode("utf-8", errors="replace")))
            results.append(Transcription(text, (time.perf_counter() - began) * 1000))
        return results
