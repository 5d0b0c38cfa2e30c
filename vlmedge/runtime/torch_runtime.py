"""The transformers/torch backend: greedy generation, one image at a time or in left-padded batches."""

from __future__ import annotations

import time
from typing import Any

import torch
from PIL import Image

from vlmedge.runtime.base import PROMPT, Runtime, Transcription


def prompt_messages() -> list[dict[str, Any]]:
    return [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": PROMPT}]}]


class TorchRuntime(Runtime):
    name = "torch"

    def __init__(self, model: Any, processor: Any, max_new_tokens: int = 1024, batch_size: int = 1) -> None:
        self.model = model
        self.processor = processor
        self.max_new_tokens = max_new_tokens
        self.batch_size = batch_size
        self.prompt = processor.apply_chat_template(prompt_messages(), add_generation_prompt=True, tokenize=False)

    @torch.inference_mode()
    def transcribe(self, images: list[Image.Image]) -> list[Transcription]:
        results: list[Transcription] = []
        tokenizer = self.processor.tokenizer
        for start in range(0, len(images), self.batch_size):
            batch = [image.convert("RGB") for image in images[start:start + self.batch_size]]
            began = time.perf_counter()
            tokenizer.padding_side = "left"
            inputs = self.processor(text=[self.prompt] * len(batch), images=batch, return_tensors="pt",
                                    padding=True).to(self.model.device)
            # A 28x28 px merged token shows at most a few characters, so 4 text tokens per vision token is
            # a generous cap that stops a confused model from running to max_new_tokens on every image.
            merge = self.processor.image_processor.merge_size ** 2
            vision_tokens = int(inputs["image_grid_thw"].prod(dim=1).max()) // merge
            budget = min(self.max_new_tokens, 4 * vision_tokens + 32)
            output = self.model.generate(**inputs, max_new_tokens=budget, do_sample=False,
                                         eos_token_id=tokenizer.convert_tokens_to_ids("<|im_end|>"),
                                         pad_token_id=tokenizer.pad_token_id)
            new_tokens = output[:, inputs["input_ids"].shape[1]:]
            texts = tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
            ms = (time.perf_counter() - began) * 1000 / len(batch)
            results += [Transcription(text, ms) for text in texts]
        return results
