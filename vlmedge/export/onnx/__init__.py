"""ONNX export of Qwen2-VL-family models (`vlmedge export onnx`): a vision graph, the token embedding as an array,
and a decoder graph with its KV cache, each with dynamic shapes; quantized by onnxruntime's own tools. One job per
file: graphs (the modules and their export), quantize, export (the stage)."""
