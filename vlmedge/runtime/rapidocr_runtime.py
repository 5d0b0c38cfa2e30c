"""RapidOCR (PP-OCRv6, ONNX, models bundled in the wheel) as a peer transcriber, with code layout rebuilt."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from vlmedge.runtime.base import Runtime, Transcription
from vlmedge.screenshots.ocr_layout import Box, rebuild_layout
from vlmedge.threads import cpu_threads


class RapidOcrRuntime(Runtime):
    name = "rapidocr"

    def __init__(self, threads: int = 0) -> None:
        from rapidocr import RapidOCR

        self.engine: Any = RapidOCR(params={"Global.log_level": "error",
                                            "EngineConfig.onnxruntime.intra_op_num_threads": cpu_threads(threads)})

    def model_files(self) -> list[str]:
        """The detector and recognizer ONNX files this engine loaded (we run without the angle classifier)."""
        import rapidocr

        folder = Path(rapidocr.__file__).parent / "models"
        return [str(p) for p in sorted(folder.glob("*.onnx")) if "_det_" in p.name or "_rec_" in p.name]

    def transcribe(self, images: list[Image.Image]) -> list[Transcription]:
        results = []
        for image in images:
            began = time.perf_counter()
            output = self.engine(np.asarray(image.convert("RGB")), use_cls=False)
            boxes = []
            if output.boxes is not None:
                for text, corners in zip(output.txts, output.boxes, strict=True):
                    xs, ys = corners[:, 0], corners[:, 1]
                    boxes.append(Box(text, float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max())))
            results.append(Transcription(rebuild_layout(boxes), (time.perf_counter() - began) * 1000))
        return results
