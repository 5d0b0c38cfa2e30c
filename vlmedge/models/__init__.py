"""Models: the embedded default and loading of any Qwen2-VL-family checkpoint."""

from vlmedge.models.loading import DEFAULT_MODEL_DIR, LoadedModel, load

__all__ = ["load", "LoadedModel", "DEFAULT_MODEL_DIR"]
