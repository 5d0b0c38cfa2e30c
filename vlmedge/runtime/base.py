"""The runtime interface every backend (torch, llama.cpp, ONNX Runtime, HTTP) implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from PIL import Image

PROMPT = "Transcribe the code in this image."


@dataclass
class Transcription:
    text: str
    ms: float  # wall time for this image, encode + generate
    timings: dict[str, float] = field(default_factory=dict)  # finer stages where the backend reports them


class Runtime(ABC):
    name: str

    @abstractmethod
    def transcribe(self, images: list[Image.Image]) -> list[Transcription]:
        """Greedy transcription of each image, in order."""
