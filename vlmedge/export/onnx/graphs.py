"""The two graphs and how they are exported with torch.onnx.export(dynamo=True).

Vision: pixel patches, their rotary positions and attention segments (and Qwen2.5-VL's windows) -> merged image
embeddings. Everything data-dependent is an input, computed in numpy by vlmedge/runtime/onnx_inputs.py; only the
vision attention is patched while exporting: transformers splits it per segment with `.tolist()` lengths (no
static graph), here it is one attention over a block-diagonal mask built from cu_seqlens (the same numbers).
Decoder: inputs_embeds, 3-D M-RoPE position ids, attention mask, the positions whose logits are wanted and the past
keys and values -> those logits and the present keys and values.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, Iterator

import torch

OPSET = 20


def _block_attention(self: Any, hidden_states: torch.Tensor, cu_seqlens: torch.Tensor,
                     position_embeddings: tuple[torch.Tensor, torch.Tensor] | None = None, **_: Any) -> torch.Tensor:
    from transformers.models.qwen2_vl.modeling_qwen2_vl import apply_rotary_pos_emb_vision

    length = hidden_states.shape[0]
    query, key, value = self.qkv(hidden_states).reshape(length, 3, self.num_heads, -1).permute(1, 0, 2, 3).unbind(0)
    cos, sin = position_embeddings  # type: ignore[misc]
    query, key = apply_rotary_pos_emb_vision(query, key, cos, sin)
    query, key, value = (tensor.transpose(0, 1).unsqueeze(0) for tensor in (query, key, value))
    positions = torch.arange(length, device=hidden_states.device)
    segment = (positions[:, None] >= cu_seqlens[None, 1:]).sum(-1)
    # Written out rather than as scaled_dot_product_attention, whose ONNX form adds a scaled copy of the scores and
    # a NaN guard per head (no row is fully masked here: every patch is in its own segment). A float bias shared by
    # all heads; one head at a time, because ONNX Runtime materializes every [heads, patches, patches] tensor: 1 GB
    # per copy for all 16 heads at the 2B shape's 4,032 patches (a 1024 px screenshot), 65 MB for one.
    bias = torch.zeros(length, length, dtype=query.dtype, device=query.device).masked_fill(
        segment[:, None] != segment[None, :], torch.finfo(query.dtype).min)
    query = query * self.scaling
    output = torch.cat([torch.softmax(query[:, head] @ key[:, head].transpose(-1, -2) + bias, dim=-1) @ value[:, head]
                        for head in range(query.shape[1])], dim=0).unsqueeze(0)
    return self.proj(output.squeeze(0).transpose(0, 1).reshape(length, -1))


@contextlib.contextmanager
def block_masked_vision_attention(model_type: str) -> Iterator[None]:
    """The vision attention of `model_type` as one masked attention while the graph is exported."""
    if model_type == "qwen2_vl":
        from transformers.models.qwen2_vl.modeling_qwen2_vl import VisionAttention as attention
    else:
        from transformers.models.qwen2_5_vl.modeling_qwen2_5_vl import Qwen2_5_VLVisionAttention as attention
    original = attention.forward
    attention.forward = _block_attention
    try:
        yield
    finally:
        attention.forward = original


class VisionGraph(torch.nn.Module):
    def __init__(self, visual: torch.nn.Module, windows: bool) -> None:
        super().__init__()
        self.visual, self.windows = visual, windows

    def forward(self, pixel_values: torch.Tensor, position_ids: torch.Tensor, cu_seqlens: torch.Tensor,
                *window: torch.Tensor) -> torch.Tensor:
        extra = dict(zip(("window_index", "cu_window_seqlens"), window, strict=True)) if self.windows else {}
        return self.visual(pixel_values, grid_thw=None, position_ids=position_ids, cu_seqlens=cu_seqlens,
                           **extra).pooler_output


class DecoderGraph(torch.nn.Module):
    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.language_model, self.lm_head = model.model.language_model, model.lm_head
        self.text_config = model.config.text_config
        self.layers = self.text_config.num_hidden_layers

    def forward(self, inputs_embeds: torch.Tensor, position_ids: torch.Tensor, attention_mask: torch.Tensor,
                logit_positions: torch.Tensor, *past: torch.Tensor) -> tuple[torch.Tensor, ...]:
        from transformers import DynamicCache

        cache = DynamicCache(config=self.text_config)
        for layer in range(self.layers):
            cache.update(past[2 * layer], past[2 * layer + 1], layer)
        hidden = self.language_model(inputs_embeds=inputs_embeds, position_ids=position_ids,
                                     attention_mask=attention_mask, past_key_values=cache,
                                     use_cache=True).last_hidden_state
        # Logits only where asked (the last position when reading): a 1,000-token prompt's logits over a 151,936-token
        # vocabulary would be 600 MB.
        return (self.lm_head(hidden.index_select(1, logit_positions)), *[tensor for layer in range(self.layers)
                                        for tensor in (cache.layers[layer].keys, cache.layers[layer].values)])


def cache_names(layers: int, prefix: str) -> list[str]:
    return [f"{prefix}.{layer}.{kind}" for layer in range(layers) for kind in ("key", "value")]


def export_vision(model: torch.nn.Module, model_type: str, example: dict[str, torch.Tensor], path: Path) -> None:
    windows = model_type == "qwen2_5_vl"
    graph = VisionGraph(model.model.visual, windows).eval()
    names = ["pixel_values", "position_ids", "cu_seqlens"] + (["window_index", "cu_window_seqlens"] if windows else [])
    patches, segments = torch.export.Dim("patches"), torch.export.Dim("segments")
    shapes: list[Any] = [{0: patches}, {0: patches}, {0: segments}]
    if windows:
        shapes.append(({0: torch.export.Dim("merged")}, {0: torch.export.Dim("windows")}))
    with block_masked_vision_attention(model_type), torch.no_grad():
        torch.onnx.export(graph, tuple(example[name] for name in names), str(path), dynamo=True, opset_version=OPSET,
                          input_names=names, output_names=["image_embeds"],
                          # *window is one var-positional argument: its shapes are one nested tuple
                          dynamic_shapes=tuple(shapes[:3]) + ((shapes[3],) if windows else ()), external_data=True,
                          verbose=False)


def export_decoder(model: torch.nn.Module, path: Path) -> None:
    graph = DecoderGraph(model).eval()
    config = graph.text_config
    heads = config.num_key_value_heads
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    # Example sizes of at least 2, so no dimension is specialized. A batch of sequences (left-padded caches, the
    # attention mask marking the padding) lets a runtime decode a screenshot's rows side by side.
    batch, sequence, past = 2, 6, 4
    example = (torch.randn(batch, sequence, config.hidden_size),
               torch.arange(past, past + sequence).view(1, 1, -1).expand(3, batch, -1).contiguous(),
               torch.ones(batch, past + sequence, dtype=torch.long), torch.tensor([sequence - 2, sequence - 1]),
               *[torch.randn(batch, heads, past, head_dim) for _ in range(2 * graph.layers)])
    rows, seq = torch.export.Dim("batch"), torch.export.Dim("sequence")
    cached, total, kept = torch.export.Dim("past", min=0), torch.export.Dim("total"), torch.export.Dim("kept")
    past_names = cache_names(graph.layers, "past")
    with torch.no_grad():
        torch.onnx.export(graph, example, str(path), dynamo=True, opset_version=OPSET,
                          input_names=["inputs_embeds", "position_ids", "attention_mask", "logit_positions",
                                       *past_names],
                          output_names=["logits", *cache_names(graph.layers, "present")],
                          dynamic_shapes=({0: rows, 1: seq}, {1: rows, 2: seq}, {0: rows, 1: total}, {0: kept},
                                          tuple({0: rows, 2: cached} for _ in past_names)),
                          external_data=True, verbose=False)
