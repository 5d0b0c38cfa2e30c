"""The runtime interface every backend (torch, llama.cpp, ONNX Runtime, HTTP) implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from PIL import Image

PROMPT = "Transcribe the code in this image."
# A 28x28 px merged token shows at most a few characters, so this many answer tokens per vision token (plus a few)
# is a generous cap that stops a confused model from running to --max-new-tokens on every image.
TOKENS_PER_VISION_TOKEN, EXTRA_TOKENS = 4, 32
MAX_NEW_TOKENS_HELP = (f"Most answer tokens per image read (each row or chunk when read by rows); also capped at "
                       f"{TOKENS_PER_VISION_TOKEN} per vision token + {EXTRA_TOKENS}, so a confused model stops early.")


def answer_budget(max_new_tokens: int, vision_tokens: int) -> int:
    """The answer tokens one image may take: --max-new-tokens, capped by what its vision tokens can show."""
    return min(max_new_tokens, TOKENS_PER_VISION_TOKEN * vision_tokens + EXTRA_TOKENS)


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
