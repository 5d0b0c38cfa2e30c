"""Weight quantization of an exported decoder with onnxruntime's own tools: MatMulNBits blocks of 4 or 8 bits
(symmetric, accuracy level 4: int8 activations inside the kernel), or float16 weights. The decoder and the vision
graph are quantized apart: the vision graph is small next to a small decoder, but at the 2B shape its fp32 weights
(2.7 GB) alone exceed a 4 GB device's budget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vlmedge.errors import VlmedgeError

KINDS = ("fp32", "fp16", "int8", "int4")
BLOCK_SIZES = (16, 32, 64, 128, 256)


def check(kind: str, block_size: int, option: str = "--quant") -> None:
    if kind not in KINDS:
        raise VlmedgeError(f"{option} {kind}: use one of {', '.join(KINDS)}")
    if block_size not in BLOCK_SIZES:
        raise VlmedgeError(f"--block-size {block_size}: use one of {', '.join(map(str, BLOCK_SIZES))} (MatMulNBits "
                           "blocks are powers of two)")


def gemms_as_matmuls(model: Any) -> int:
    """Rewrite each Gemm with a constant weight as MatMul (+ Add of its bias), in place: the exporter writes a 2-D
    Linear (the vision tower's, on [patches, dim]) as Gemm, and MatMulNBitsQuantizer converts MatMul only."""
    import onnx
    from onnx import numpy_helper

    weights = {init.name: init for init in model.graph.initializer}
    nodes, rewritten = [], 0
    for node in model.graph.node:
        attrs = {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}
        if (node.op_type != "Gemm" or node.input[1] not in weights or attrs.get("transA", 0)
                or attrs.get("alpha", 1.0) != 1.0 or attrs.get("beta", 1.0) != 1.0):
            nodes.append(node)
            continue
        weight = numpy_helper.to_array(weights[node.input[1]])
        if attrs.get("transB", 0):
            weight = weight.T.copy()
        name = f"{node.input[1]}_matmul"
        model.graph.initializer.append(numpy_helper.from_array(weight, name))
        product = node.output[0] if len(node.input) < 3 else f"{node.output[0]}_product"
        nodes.append(onnx.helper.make_node("MatMul", [node.input[0], name], [product], name=f"{node.name}_matmul"))
        if len(node.input) == 3:
            bias = onnx.helper.make_node("Add", [product, node.input[2]], [node.output[0]], name=f"{node.name}_bias")
            nodes.append(bias)
        rewritten += 1
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    used = {name for node in model.graph.node for name in node.input}
    kept = [init for init in model.graph.initializer if init.name in used]
    del model.graph.initializer[:]
    model.graph.initializer.extend(kept)
    return rewritten


def quantize_graph(source: Path, target: Path, kind: str, block_size: int) -> dict[str, int]:
    """Write `target`, the graph at `source` with its MatMul weights in `kind`; returns what was converted."""
    import onnx

    model = onnx.load(str(source))  # external weights are read alongside
    if kind in ("int4", "int8"):
        gemms_as_matmuls(model)
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
    return {op: counts[op] for op in ("MatMul", "MatMulNBits", "Gemm", "Cast") if op in counts}
