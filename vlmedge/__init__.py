"""vlmedge: shrink Qwen2-VL-family vision-language models and ship them to edge devices."""

__version__ = "0.1.0"
