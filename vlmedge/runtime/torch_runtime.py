"""The transformers/torch backend: greedy generation, one image at a time or in left-padded batches."""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import torch
from PIL import Image
from transformers import LogitsProcessorList

from vlmedge.runtime.base import PROMPT, Runtime, Transcription, answer_budget
from vlmedge.runtime.rows import read_by_rows
from vlmedge.screenshots import line_grid, line_rows
from vlmedge.threads import cpu_threads

# Rows of one screenshot decode together: one row is a short sequence, so a batch this large costs little memory.
ROW_BATCH = 32


def prompt_messages() -> list[dict[str, Any]]:
    return [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": PROMPT}]}]


class _Clock:
    """Stage timings of one `generate` call: vision encode (forward hooks on the vision tower) and time to
    first token (a logits processor: generate calls it first when the prompt's forward has given the first
    token's logits; unlike a streamer, it works for batches too)."""

    def __init__(self, vision: Any) -> None:
        self.encode_s = 0.0
        self.first_token_at: float | None = None
        self._encode_began = 0.0
        vision.register_forward_pre_hook(self._encode_start)
        vision.register_forward_hook(self._encode_end)

    def reset(self) -> None:
        self.encode_s, self.first_token_at = 0.0, None

    def _encode_start(self, *_: Any) -> None:
        self._encode_began = time.perf_counter()

    def _encode_end(self, *_: Any) -> None:
        self.encode_s += time.perf_counter() - self._encode_began

    # The logits-processor protocol of transformers' generate(): scores pass through unchanged.
    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        if self.first_token_at is None:
            self.first_token_at = time.perf_counter()
        return scores


class TorchRuntime(Runtime):
    name = "torch"

    def __init__(self, model: Any, processor: Any, max_new_tokens: int = 1024, batch_size: int = 1,
                 by_rows: bool | None = None, threads: int | None = None, ignore_eos: bool = False) -> None:
        """`by_rows`: read each screenshot by its text rows and chunks of them (vlmedge/screenshots/line_rows.py),
        or whole (False); None follows the model's processor (its `line_rows` key). `threads`: torch's CPU threads
        (vlmedge/threads.py; None leaves torch's setting as it is, e.g. inside a training run). `ignore_eos`
        decodes the whole token budget, for speed figures comparable with the other runtimes'."""
        if threads is not None:
            torch.set_num_threads(cpu_threads(threads))
        self.model = model
        self.processor = processor
        self.max_new_tokens = max_new_tokens
        self.batch_size = batch_size
        self.ignore_eos = ignore_eos
        images = processor.image_processor
        # The image budget in merged tokens, as the other runtimes report it.
        self.unit = images.patch_size * images.merge_size
        self.image_min_tokens = max(1, images.size["shortest_edge"] // self.unit ** 2)
        self.image_max_tokens = images.size["longest_edge"] // self.unit ** 2
        # A model trained on line-grid images says so in its processor; the screenshot is normalized first.
        self.line_grid_tokens = line_grid.for_processor(processor.image_processor)
        asked = line_rows.for_processor(processor.image_processor)
        # Rows and chunks of up to this many rows (0: whole screenshots).
        self.chunk_rows = line_rows.reading(asked, by_rows)
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

    def transcribe(self, images: list[Image.Image]) -> list[Transcription]:
        if self.chunk_rows:
            return read_by_rows(images, lambda pieces: self._generate(pieces, ROW_BATCH, normalize=False),
                                self.chunk_rows)
        return self._generate(images, self.batch_size, normalize=True)

    @torch.inference_mode()
    def _generate(self, images: list[Image.Image], batch_size: int, normalize: bool) -> list[Transcription]:
        """Greedy transcription of each image; `normalize` puts screenshots on the line grid first where the
        model reads line-grid images (rows cut from one already are)."""
        results: list[Transcription] = []
        tokenizer = self.processor.tokenizer
        for start in range(0, len(images), batch_size):
            batch = [line_grid.model_input(image.convert("RGB"), self.line_grid_tokens if normalize else 0)
                     for image in images[start:start + batch_size]]
            began = time.perf_counter()
            tokenizer.padding_side = "left"
            inputs = self.processor(text=[self.prompt] * len(batch), images=batch, return_tensors="pt",
                                    padding=True).to(self.model.device)
            merge = self.processor.image_processor.merge_size ** 2
            budget = answer_budget(self.max_new_tokens, int(inputs["image_grid_thw"].prod(dim=1).max()) // merge)
            self.clock.reset()
            end_id = tokenizer.convert_tokens_to_ids("<|im_end|>")
            output = self.model.generate(**inputs, max_new_tokens=budget, do_sample=False, eos_token_id=end_id,
                                         min_new_tokens=budget if self.ignore_eos else None,
                                         pad_token_id=tokenizer.pad_token_id,
                                         logits_processor=LogitsProcessorList([self.clock]))
            finished = time.perf_counter()
            new_tokens = output[:, inputs["input_ids"].shape[1]:]
            texts = tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
            ms = (finished - began) * 1000 / len(batch)
            generated = [int(((row != tokenizer.pad_token_id) & (row != end_id)).sum()) for row in new_tokens]
            # Decode speed of the batch: the tokens after each sequence's first, over the time after the first.
            decode_s = finished - self.clock.first_token_at if self.clock.first_token_at is not None else 0.0
            decoded = sum(max(0, count - 1) for count in generated)
            image_tokens = (inputs["image_grid_thw"].prod(dim=1) // merge).tolist()
            for text, count, shown in zip(texts, generated, image_tokens, strict=True):
                timings = {"encode_ms": self.clock.encode_s * 1000 / len(batch), "new_tokens": float(count),
                           "image_tokens": float(shown)}
                if self.clock.first_token_at is not None:
                    timings["ttft_ms"] = (self.clock.first_token_at - began) * 1000
                    if decoded and decode_s > 0:
                        timings["decode_tokens_per_s"] = decoded / decode_s
                results.append(Transcription(text, ms, timings))
        return results
