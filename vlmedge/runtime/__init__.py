"""Runtimes: one interface (`transcribe(images) -> texts` plus timings) over every backend."""

from vlmedge.runtime.base import PROMPT, Runtime, Transcription

__all__ = ["PROMPT", "Runtime", "Transcription"]
