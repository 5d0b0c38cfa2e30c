"""Export formats: llama.cpp (GGUF text model + mmproj) and, later, ONNX Runtime."""
