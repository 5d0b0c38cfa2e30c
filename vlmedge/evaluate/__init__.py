"""Evaluation: transcription accuracy (and, later, speed and memory) of model variants."""
