"""Running W8A8 variants fast on CPU: torch dynamic int8 (fbgemm) for the quantized Linear layers.

The decompressed checkpoint's weights are int8 per output channel; `quantize_dynamic` with the per-channel
config re-packs them one scale per row, each weight within half a step of its saved value (torch's observer
divides by 127.5, compressed-tensors' by 127); its default per-tensor config re-quantized them to one scale per
matrix, so the variant measured was not the variant saved (issue 33: 2.5 CER points lost). It quantizes
activations per batch at run time, the only int8 path measured faster than fp32 on this CPU (2.1x per decode
step); torchao and bitsandbytes were 2.5-3x slower.
"""

from __future__ import annotations

import torch
from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic


def dynamic_int8(model: torch.nn.Module, ignore: list[str]) -> list[str]:
    """Swap every Linear not matched by `ignore` for a dynamic-int8 Linear; returns the swapped names."""
    from compressed_tensors.utils import match_name

    names = [name for name, module in model.named_modules()
             if isinstance(module, torch.nn.Linear) and not any(match_name(name, p) for p in ignore)]
    if names:
        quantize_dynamic(model, dict.fromkeys(names, per_channel_dynamic_qconfig), dtype=torch.qint8, inplace=True)
    return names
