"""Models: the embedded default and loading of any Qwen2-VL-family checkpoint."""

from vlmedge.models.loading import LoadedModel, load

__all__ = ["load", "LoadedModel"]
