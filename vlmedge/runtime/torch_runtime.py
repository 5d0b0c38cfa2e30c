"""The transformers/torch backend: greedy generation, one image at a time or in left-padded batches."""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import torch
from PIL import Image

from vlmedge.models import line_grid
from vlmedge.runtime.base import PROMPT, Runtime, Transcription


def prompt_messages() -> list[dict[str, Any]]:
    return [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": PROMPT}]}]


class _Clock:
    """Stage timings of one `generate` call: vision encode (forward hooks on the vision tower) and time to
    first token (generate's streamer hook: its first `put` is the prompt, its second the first new token)."""

    def __init__(self, vision: Any) -> None:
        self.encode_s = 0.0
        self.first_token_at: float | None = None
        self.puts = 0
        self._encode_began = 0.0
        vision.register_forward_pre_hook(self._encode_start)
        vision.register_forward_hook(self._encode_end)

    def reset(self) -> None:
        self.encode_s, self.first_token_at, self.puts = 0.0, None, 0

    def _encode_start(self, *_: Any) -> None:
        self._encode_began = time.perf_counter()

    def _encode_end(self, *_: Any) -> None:
        self.encode_s += time.perf_counter() - self._encode_began

    # The streamer protocol of transformers' generate().
    def put(self, _: Any) -> None:
        self.puts += 1
        if self.puts == 2:
            self.first_token_at = time.perf_counter()

    def end(self) -> None:
        pass


class TorchRuntime(Runtime):
    name = "torch"

    def __init__(self, model: Any, processor: Any, max_new_tokens: int = 1024, batch_size: int = 1) -> None:
        self.model = model
        self.processor = processor
        self.max_new_tokens = max_new_tokens
        self.batch_size = batch_size
        # A model trained on line-grid images says so in its processor; the screenshot is normalized first.
        self.line_grid_tokens = line_grid.for_processor(processor.image_processor)
        self.prompt = processor.apply_chat_template(prompt_messages(), add_generation_prompt=True, tokenize=False)
        # One clock per model: hooks stay registered for the model's life, so runtimes opened again on the same
        # model (training's stage-end evaluations) reuse them instead of stacking more.
        if not hasattr(model, "_vlmedge_clock"):
            model._vlmedge_clock = _Clock(model.model.visual)
        self.clock = model._vlmedge_clock

    @torch.inference_mode()
    def prompt_logits(self, image: Image.Image) -> np.ndarray:
        """Next-token logits after the prompt with `image`: the reference GGUF parity checks compare against."""
        return self.answer_logits(image, [])[-1]

    @torch.inference_mode()
    def answer_logits(self, image: Image.Image, answer_ids: list[int]) -> np.ndarray:
        """Next-token logits at every answer position, the answer given (teacher forcing): row i predicts
        answer_ids[i]; len(answer_ids) + 1 rows."""
        image = line_grid.model_input(image.convert("RGB"), self.line_grid_tokens)
        inputs = self.processor(text=[self.prompt], images=[image], return_tensors="pt")
        prompt_length = inputs["input_ids"].shape[1]
        answer = torch.tensor([answer_ids], dtype=inputs["input_ids"].dtype)
        inputs["input_ids"] = torch.cat([inputs["input_ids"], answer], dim=1)
        inputs["attention_mask"] = torch.ones_like(inputs["input_ids"])
        if "mm_token_type_ids" in inputs:  # answer tokens are text (type 0)
            inputs["mm_token_type_ids"] = torch.cat([inputs["mm_token_type_ids"], torch.zeros_like(answer)], dim=1)
        logits = self.model(**inputs.to(self.model.device)).logits[0, prompt_length - 1:]
        return logits.float().cpu().numpy()

    @torch.inference_mode()
    def transcribe(self, images: list[Image.Image]) -> list[Transcription]:
        results: list[Transcription] = []
        tokenizer = self.processor.tokenizer
        for start in range(0, len(images), self.batch_size):
            batch = [line_grid.model_input(image.convert("RGB"), self.line_grid_tokens)
                     for image in images[start:start + self.batch_size]]
            began = time.perf_counter()
            tokenizer.padding_side = "left"
            inputs = self.processor(text=[self.prompt] * len(batch), images=batch, return_tensors="pt",
                                    padding=True).to(self.model.device)
            # A 28x28 px merged token shows at most a few characters, so 4 text tokens per vision token is
            # a generous cap that stops a confused model from running to max_new_tokens on every image.
            merge = self.processor.image_processor.merge_size ** 2
            vision_tokens = int(inputs["image_grid_thw"].prod(dim=1).max()) // merge
            budget = min(self.max_new_tokens, 4 * vision_tokens + 32)
            self.clock.reset()
            end_id = tokenizer.convert_tokens_to_ids("<|im_end|>")
            output = self.model.generate(**inputs, max_new_tokens=budget, do_sample=False, eos_token_id=end_id,
                                         pad_token_id=tokenizer.pad_token_id,
                                         streamer=self.clock if len(batch) == 1 else None)
            finished = time.perf_counter()
            new_tokens = output[:, inputs["input_ids"].shape[1]:]
            texts = tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
            ms = (finished - began) * 1000 / len(batch)
            for row, text in enumerate(texts):
                generated = int(((new_tokens[row] != tokenizer.pad_token_id) & (new_tokens[row] != end_id)).sum())
                timings = {"encode_ms": self.clock.encode_s * 1000 / len(batch), "new_tokens": float(generated)}
                if self.clock.first_token_at is not None:  # batch of one: prefill and decode apart
                    timings["ttft_ms"] = (self.clock.first_token_at - began) * 1000
                    decode_s = finished - self.clock.first_token_at
                    if generated > 1 and decode_s > 0:
                        timings["decode_tokens_per_s"] = (generated - 1) / decode_s
                results.append(Transcription(text, ms, timings))
        return results
