"""Weight quantization of an exported decoder with onnxruntime's own tools: MatMulNBits blocks of 4 or 8 bits
(symmetric, accuracy level 4: int8 activations inside the kernel), or float16 weights. The vision graph keeps its
fp32 weights: it is small next to the decoder and reads every row of a screenshot."""

from __future__ import annotations

from pathlib import Path

from vlmedge.errors import VlmedgeError

KINDS = ("fp32", "fp16", "int8", "int4")
BLOCK_SIZES = (16, 32, 64, 128, 256)


def check(kind: str, block_size: int) -> None:
    if kind not in KINDS:
        raise VlmedgeError(f"--quant {kind}: use one of {', '.join(KINDS)}")
    if block_size not in BLOCK_SIZES:
        raise VlmedgeError(f"--block-size {block_size}: use one of {', '.join(map(str, BLOCK_SIZES))} (MatMulNBits "
                           "blocks are powers of two)")


def quantize_graph(source: Path, target: Path, kind: str, block_size: int) -> dict[str, int]:
    """Write `target`, the graph at `source` with its MatMul weights in `kind`; returns what was converted."""
    import onnx

    model = onnx.load(str(source))  # external weights are read alongside
    if kind in ("int4", "int8"):
        from onnxruntime.quantization.matmul_nbits_quantizer import DefaultWeightOnlyQuantConfig, MatMulNBitsQuantizer

        config = DefaultWeightOnlyQuantConfig(block_size=block_size, is_symmetric=True, accuracy_level=4,
                                              bits=4 if kind == "int4" else 8)
        quantizer = MatMulNBitsQuantizer(model, algo_config=config)
        quantizer.process()
        quantized = quantizer.model.model
    elif kind == "fp16":
        from onnxruntime.transformers.float16 import convert_float_to_float16

        quantized = convert_float_to_float16(model, keep_io_types=True)  # callers keep feeding float32
    else:
        raise VlmedgeError(f"--quant {kind} is not a weight quantization: use int8, int4 or fp16")
    onnx.save(quantized, str(target), save_as_external_data=True, location=target.name + ".data")
    counts: dict[str, int] = {}
    for node in quantized.graph.node:
        counts[node.op_type] = counts.get(node.op_type, 0) + 1
    return {op: counts[op] for op in ("MatMul", "MatMulNBits", "Cast") if op in counts}
