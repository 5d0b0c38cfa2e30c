"""The llama.cpp backend (llama-cpp-python + mtmd): a GGUF text model and its mmproj, greedy decoding.

Decoding is written here instead of going through `create_chat_completion` because the chat handlers expose
neither the image-token cap nor the warm-up switch, and their context bookkeeping counts M-RoPE positions as
KV cells; greedy argmax over the last logits keeps the output comparable token for token with transformers.
"""

from __future__ import annotations

import contextlib
import ctypes
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import numpy as np
from PIL import Image

from vlmedge.errors import VlmedgeError
from vlmedge.runtime import llama_log
from vlmedge.runtime.base import PROMPT, Runtime, Transcription, answer_budget
from vlmedge.runtime.gguf_files import find_gguf_pair
from vlmedge.runtime.llama_batch import (
    MAX_SEQUENCES,
    ImageEmbeddings,
    SequenceBatch,
    Token,
    decode_image_embeddings,
    groups_within,
)
from vlmedge.runtime.rows import read_by_rows
from vlmedge.screenshots import line_grid, line_rows
from vlmedge.screenshots.sizing import model_size
from vlmedge.threads import cpu_threads

# What a Qwen chat template renders for one image; mtmd draws <|vision_start|>/<|vision_end|> around its marker.
_IMAGE_IN_TEMPLATE = "<|vision_start|><|image_pad|><|vision_end|>"
_CHATML = "<|im_start|>user\n" + _IMAGE_IN_TEMPLATE + "{prompt}<|im_end|>\n<|im_start|>assistant\n"
# The context's KV cells when reading by rows, in images with their answers: a screenshot's ~30 rows and chunks
# are small images, so this many full-size ones hold most screenshots' pieces in one group.
ROWS_CONTEXT_FACTOR = 4


def _release(llm: Any, mtmd: Any, ctx: Any) -> None:
    mtmd.mtmd_free(ctx)
    llm.close()


@contextlib.contextmanager
def patched_defaults(llama_cpp: Any, sequences: int = 1) -> Iterator[None]:
    """Llama() with settings it has no argument for, patched into its default params while it is built:
    - weights without llama.cpp's extra buffer types (AMX / repacked layouts): on an AMX CPU (Sapphire Rapids)
      the AMX q8_0 path segfaulted in llama_decode on a 500-token prompt, and llama_cpp.server segfaulted on the
      first image request (vlmedge/serve/llama_cpp_server.py runs it with this patch);
    - a context of `sequences` sequences over one unified KV cache, so rows are decoded side by side
      (vlmedge/runtime/llama_batch.py) and one sequence alone may still use all of it."""
    module = llama_cpp.llama.llama_cpp
    model_default, context_default = module.llama_model_default_params, module.llama_context_default_params

    def model_params() -> Any:
        value = model_default()
        value.use_extra_bufts = False
        return value

    def context_params() -> Any:
        value = context_default()
        value.n_seq_max = sequences
        value.kv_unified = True
        return value

    module.llama_model_default_params, module.llama_context_default_params = model_params, context_params
    try:
        yield
    finally:
        module.llama_model_default_params, module.llama_context_default_params = model_default, context_default


@dataclass
class _Prompt:
    """One image's prompt as mtmd tokenized it: text token lists and image chunks, in order."""

    chunks: Any  # mtmd_input_chunks_p, freed by whoever made it
    segments: list[Any] = field(default_factory=list)  # list[int] (text) or mtmd_input_chunk_p (image)
    image_tokens: int = 0
    budget: int = 0  # answer tokens it may take

    @property
    def cells(self) -> int:
        """KV cells it may fill: prompt, image and answer."""
        return sum(len(s) for s in self.segments if isinstance(s, list)) + self.image_tokens + self.budget


class LlamaCppRuntime(Runtime):
    name = "llama.cpp"

    def __init__(self, folder: Path, max_new_tokens: int = 1024, threads: int = 0,
                 image_max_tokens: int | None = None, warmup: bool = True, use_mmap: bool = True,
                 n_batch: int = 512, ignore_eos: bool = False, by_rows: bool | None = None) -> None:
        """`by_rows`: read each screenshot by its text rows and chunks of them (vlmedge/screenshots/line_rows.py),
        or whole (False); None follows the mmproj (its `vlmedge.line_rows` key). `ignore_eos` decodes the whole
        token budget, as llama-bench's fixed n_gen does: speed figures that do not depend on how soon a given
        model ends its answer (the text is then not a transcription)."""
        try:
            import llama_cpp
            from llama_cpp import mtmd_cpp
        except ImportError:
            raise VlmedgeError("GGUF variants need llama-cpp-python: pip install llama-cpp-python==0.3.36 "
                               "(compiles llama.cpp, 10-30 min on 2 cores; `make setup` does it)") from None
        self._llama_cpp, self._mtmd = llama_cpp, mtmd_cpp
        text, mmproj = find_gguf_pair(folder)
        self.text_info, self.mmproj_info = text, mmproj
        self.max_new_tokens = max_new_tokens
        self.ignore_eos = ignore_eos
        self.threads = cpu_threads(threads)
        self.unit = unit = (mmproj.metadata.get("clip.vision.patch_size") or 14) * \
            (mmproj.metadata.get("clip.vision.spatial_merge_size") or 2)
        # The checkpoint processor's pixel budget, in merged tokens, so images resize as they did in transformers.
        self.min_pixels = int(mmproj.metadata.get("clip.vision.image_min_pixels") or 0)
        model_max_pixels = int(mmproj.metadata.get("clip.vision.image_max_pixels") or 0)
        self.image_min_tokens = max(1, self.min_pixels // unit ** 2)
        self.image_max_tokens = min(image_max_tokens or 10**9, model_max_pixels // unit ** 2 or 4096)
        self.max_pixels = self.image_max_tokens * unit ** 2
        # A model that reads line-grid images (its mmproj says so): screenshots are normalized first.
        self.line_grid_tokens = self.image_max_tokens if mmproj.metadata.get(line_grid.LINE_GRID_KEY) else 0
        asked = line_rows.chunk_rows(mmproj.metadata.get(line_rows.LINE_ROWS_KEY, 0))
        # Rows and chunks of up to this many rows (0: whole screenshots).
        self.chunk_rows = line_rows.reading(asked, by_rows)
        # One image with its answer; rows are read several at a time in a context a few times larger. There every
        # sequence's attention spans the whole shared cache, and flash attention skips the cells the mask hides
        # (8 eval screenshots of the default: 895 -> 740 ms each; read one at a time it was 8 % slower).
        self.one_image_cells = self.image_max_tokens + max_new_tokens + 128
        context = self.one_image_cells * (ROWS_CONTEXT_FACTOR if self.chunk_rows else 1)
        llama_log.install()
        try:
            with patched_defaults(llama_cpp, MAX_SEQUENCES if self.chunk_rows else 1):
                self.llm = llama_cpp.Llama(model_path=str(text.path), n_ctx=context, n_batch=n_batch,
                                           n_ubatch=n_batch, n_threads=self.threads, n_threads_batch=self.threads,
                                           use_mmap=use_mmap, logits_all=False, verbose=False,
                                           flash_attn=bool(self.chunk_rows))
        except ValueError as error:
            raise VlmedgeError(f"llama.cpp could not load {text.path}: {error} ({llama_log.tail()})") from None
        params = mtmd_cpp.mtmd_context_params_default()
        params.use_gpu = False
        params.n_threads = self.threads
        params.print_timings = False
        params.warmup = warmup
        params.image_min_tokens = self.image_min_tokens
        params.image_max_tokens = self.image_max_tokens
        self.ctx = mtmd_cpp.mtmd_init_from_file(str(mmproj.path).encode(), self.llm.model, params)
        if not self.ctx:
            self.llm.close()
            raise VlmedgeError(f"llama.cpp could not load the mmproj {mmproj.path} ({llama_log.tail()})")
        # Freed at close() or at exit while the modules still exist (Llama's own __del__ fails at interpreter
        # teardown and prints tracebacks); the vision context goes first, it points into the text model.
        self._finalizer = weakref.finalize(self, _release, self.llm, mtmd_cpp, self.ctx)
        # A screenshot's row images go into the text model in one llama_decode (llama_batch.decode_image_embeddings)
        # where the positions are M-RoPE's and attention is causal, as for Qwen2-VL; others through mtmd's helper.
        self.batch_images = bool(mtmd_cpp.mtmd_decode_use_mrope(self.ctx)) and \
            not mtmd_cpp.mtmd_decode_use_non_causal(self.ctx, None)
        self.marker = mtmd_cpp.mtmd_default_marker().decode()
        self.prompt = self._render_prompt()
        self.end_ids = {self.llm.token_eos(), *self._special_ids("<|im_end|>", "<|endoftext|>")}

    def _special_ids(self, *texts: str) -> list[int]:
        ids = []
        for text in texts:
            tokens = self.llm.tokenize(text.encode(), add_bos=False, special=True)
            if len(tokens) == 1:
                ids.append(tokens[0])
        return ids

    def _render_prompt(self) -> str:
        """The GGUF's own chat template with the image item swapped for mtmd's marker; ChatML when it has none."""
        template = self.llm.metadata.get("tokenizer.chat_template")
        if template:
            from jinja2.sandbox import ImmutableSandboxedEnvironment

            messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": PROMPT}]}]
            rendered = ImmutableSandboxedEnvironment().from_string(template).render(
                messages=messages, add_generation_prompt=True)
        else:
            rendered = _CHATML.format(prompt=PROMPT)
        if _IMAGE_IN_TEMPLATE not in rendered:
            raise VlmedgeError(f"{self.text_info.path}: its chat template does not draw an image as "
                               f"{_IMAGE_IN_TEMPLATE}; re-export with `vlmedge export gguf`")
        return rendered.replace(_IMAGE_IN_TEMPLATE, self.marker, 1)

    def close(self) -> None:
        self._finalizer()

    def _model_sized(self, image: Image.Image) -> Image.Image:
        """The image resized as the checkpoint's transformers processor does (its smart_resize, PIL bicubic).

        mtmd's own resize rounds a side at exactly n + 1/2 merge units up where Python rounds half to even,
        which gives some screenshots one more column of tokens than the model saw in training; handing mtmd
        multiples of the unit leaves its resize with nothing to do.
        """
        if not self.min_pixels:  # a GGUF written elsewhere: no pixel budget recorded, mtmd decides
            return image
        try:
            height, width = model_size(image.height, image.width, self.unit, self.min_pixels, self.max_pixels)
        except ValueError as error:
            raise VlmedgeError(f"image of {image.width}x{image.height} px cannot be read: {error}") from None
        if (width, height) == image.size:
            return image
        return image.resize((width, height), Image.Resampling.BICUBIC)

    def _bitmap(self, image: Image.Image, normalize: bool = True) -> Any:
        image = line_grid.model_input(image.convert("RGB"), self.line_grid_tokens if normalize else 0)
        rgb = np.ascontiguousarray(np.asarray(self._model_sized(image), dtype=np.uint8))
        buffer = (ctypes.c_ubyte * rgb.size).from_buffer_copy(rgb.tobytes())
        return self._mtmd.mtmd_bitmap_init(rgb.shape[1], rgb.shape[0], buffer)

    def _next_token(self) -> int:
        logits = self._llama_cpp.llama_get_logits_ith(self.llm._ctx.ctx, -1)
        return int(np.argmax(np.ctypeslib.as_array(logits, shape=(self.llm.n_vocab(),))))

    def transcribe(self, images: list[Image.Image]) -> list[Transcription]:
        if self.chunk_rows:
            return read_by_rows(images, lambda pieces: self._read_together(pieces, normalize=False),
                                self.chunk_rows)
        return [self._transcribe_one(image) for image in images]

    def _prompt(self, image: Image.Image, normalize: bool) -> _Prompt:
        """The prompt with `image`, tokenized by mtmd (the image preprocessed, not yet encoded)."""
        mtmd = self._mtmd
        bitmap = self._bitmap(image, normalize)
        chunks = mtmd.mtmd_input_chunks_init()
        try:
            text = mtmd.mtmd_input_text()
            encoded = self.prompt.encode()
            text.text, text.text_len, text.add_special, text.parse_special = encoded, len(encoded), True, True
            bitmaps = (mtmd.mtmd_bitmap_p_ctypes * 1)(bitmap)
            if mtmd.mtmd_tokenize(self.ctx, chunks, ctypes.byref(text), bitmaps, 1) != 0:
                mtmd.mtmd_input_chunks_free(chunks)
                raise VlmedgeError(f"llama.cpp could not tokenize the prompt with the image ({llama_log.tail()})")
        finally:
            mtmd.mtmd_bitmap_free(bitmap)
        prompt = _Prompt(chunks)
        for index in range(mtmd.mtmd_input_chunks_size(chunks)):
            chunk = mtmd.mtmd_input_chunks_get(chunks, index)
            if mtmd.mtmd_input_chunk_get_type(chunk) == mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
                count = ctypes.c_size_t()
                pointer = mtmd.mtmd_input_chunk_get_tokens_text(chunk, ctypes.byref(count))
                prompt.segments.append([pointer[i] for i in range(count.value)])
            else:
                prompt.segments.append(chunk)
                prompt.image_tokens += mtmd.mtmd_input_chunk_get_n_tokens(chunk)
        if not isinstance(prompt.segments[-1], list):
            mtmd.mtmd_input_chunks_free(chunks)
            raise VlmedgeError(f"{self.text_info.path}: its chat template ends with the image; re-export with "
                               "`vlmedge export gguf`")
        prompt.budget = answer_budget(self.max_new_tokens, prompt.image_tokens)
        return prompt

    def _read_together(self, images: list[Image.Image], normalize: bool = True) -> list[Transcription]:
        """Greedy transcriptions of `images` decoded side by side, each in its own sequence, as many at a time as
        the context holds (vlmedge/runtime/llama_batch.py): the same tokens as `_transcribe_one`, up to the float
        sums of batched kernels."""
        prompts = [self._prompt(image, normalize) for image in images]
        results: list[Transcription] = []
        try:
            for group in groups_within([prompt.cells for prompt in prompts], self.llm.n_ctx()):
                results.extend(self._read_group([prompts[index] for index in group]))
        finally:
            for prompt in prompts:
                self._mtmd.mtmd_input_chunks_free(prompt.chunks)
        return results

    def _read_group(self, prompts: list[_Prompt]) -> list[Transcription]:
        llm = self.llm
        began = time.perf_counter()
        llm.reset()
        # Forget the cells, keep their bytes: clearing them too (kv_cache_clear) memsets the whole context, ~3 ms
        # a screenshot, and cells no sequence holds are masked out of attention.
        self._llama_cpp.llama_memory_clear(self._llama_cpp.llama_get_memory(llm._ctx.ctx), False)
        batch = SequenceBatch(self._llama_cpp, llm._ctx.ctx, llm._batch.batch, llm.n_batch, llm.n_vocab())
        n_past = [0] * len(prompts)
        encode_s = [0.0] * len(prompts)
        logits: dict[int, np.ndarray] = {}
        # The template gives every prompt the same segments: each text segment of all sequences in one batch,
        # each image encoded and decoded into its own sequence.
        for step in range(len(prompts[0].segments)):
            last = step == len(prompts[0].segments) - 1
            tokens: list[Token] = []
            images: list[ImageEmbeddings] = []
            for seq, prompt in enumerate(prompts):
                segment = prompt.segments[step]
                if isinstance(segment, list):
                    tokens += [Token(token, n_past[seq] + i, seq, last and i == len(segment) - 1)
                               for i, token in enumerate(segment)]
                    n_past[seq] += len(segment)
                elif self.batch_images:
                    seconds, embeddings = self._encode_image(segment, n_past[seq], seq)
                    encode_s[seq] += seconds
                    images.append(embeddings)
                    n_past[seq] += embeddings.n_pos
                else:
                    seconds, n_past[seq] = self._decode_image(segment, n_past[seq], seq)
                    encode_s[seq] += seconds
            if images:
                decode_image_embeddings(self._llama_cpp, llm._ctx.ctx, images, llm.n_batch)
            rows = batch.decode(tokens)
            if last:
                logits = dict(enumerate(rows))
        generated: list[list[int]] = [[] for _ in prompts]
        active = list(range(len(prompts)))
        first_token_at = time.perf_counter()
        while active:
            tokens = []
            for seq in active:
                token = int(np.argmax(logits[seq]))
                if token in self.end_ids and not self.ignore_eos:
                    continue
                generated[seq].append(token)
                if len(generated[seq]) < prompts[seq].budget:
                    tokens.append(Token(token, n_past[seq], seq, True))
                    n_past[seq] += 1
            active = [token.seq for token in tokens]
            for token, row in zip(tokens, batch.decode(tokens), strict=True):
                logits[token.seq] = row
        finished = time.perf_counter()
        decoded = sum(max(len(tokens) - 1, 0) for tokens in generated)
        results = []
        for seq, prompt in enumerate(prompts):
            timings = {"encode_ms": encode_s[seq] * 1000, "new_tokens": float(len(generated[seq])),
                       "image_tokens": float(prompt.image_tokens), "ttft_ms": (first_token_at - began) * 1000}
            if len(generated[seq]) > 1 and decoded:  # the group's rate: its tokens came out together
                timings["decode_tokens_per_s"] = decoded / max(finished - first_token_at, 1e-9)
            text_out = llm.detokenize(generated[seq], special=False).decode("utf-8", "replace")
            results.append(Transcription(text_out, (finished - began) * 1000, timings))
        return results

    def _prefill(self, chunks: Any) -> tuple[float, int]:
        """Evaluates the prompt chunks; returns (image encode seconds, image tokens)."""
        mtmd, llm = self._mtmd, self.llm
        encode_s, image_tokens = 0.0, 0
        for index in range(mtmd.mtmd_input_chunks_size(chunks)):
            chunk = mtmd.mtmd_input_chunks_get(chunks, index)
            if mtmd.mtmd_input_chunk_get_type(chunk) == mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
                count = ctypes.c_size_t()
                pointer = mtmd.mtmd_input_chunk_get_tokens_text(chunk, ctypes.byref(count))
                llm.eval([pointer[i] for i in range(count.value)])
                continue
            seconds, llm.n_tokens = self._decode_image(chunk, llm.n_tokens, 0)
            encode_s += seconds
            image_tokens += mtmd.mtmd_input_chunk_get_n_tokens(chunk)
        return encode_s, image_tokens

    def _encode(self, chunk: Any) -> float:
        """Runs the clip encoder on an image chunk (its embeddings land in mtmd's output buffer); returns seconds."""
        began = time.perf_counter()
        if self._mtmd.mtmd_encode_chunk(self.ctx, chunk) != 0:
            raise VlmedgeError(f"llama.cpp failed to encode an image ({llama_log.tail()})")
        return time.perf_counter() - began

    def _encode_image(self, chunk: Any, n_past: int, seq: int) -> tuple[float, ImageEmbeddings]:
        """Encodes an image chunk; returns (encode seconds, its embeddings for sequence `seq` from `n_past`)."""
        mtmd = self._mtmd
        encode_s = self._encode(chunk)
        image = mtmd.mtmd_input_chunk_get_tokens_image(chunk)
        count = mtmd.mtmd_input_chunk_get_n_tokens(chunk)
        values = np.ctypeslib.as_array(mtmd.mtmd_get_output_embd(self.ctx), shape=(count * self.llm.n_embd(),))
        return encode_s, ImageEmbeddings(values.reshape(count, -1).copy(), mtmd.mtmd_image_tokens_get_nx(image),
                                         seq, n_past, mtmd.mtmd_input_chunk_get_n_pos(chunk))

    def _decode_image(self, chunk: Any, n_past: int, seq: int) -> tuple[float, int]:
        """Encodes an image chunk and decodes its embeddings into sequence `seq` from position `n_past`; returns
        (encode seconds, the position after it: M-RoPE advances by the image's grid side, not its token count)."""
        mtmd = self._mtmd
        encode_s = self._encode(chunk)
        new_past = self._llama_cpp.llama_pos(0)
        status = mtmd.mtmd_helper_decode_image_chunk(
            self.ctx, self.llm._ctx.ctx, chunk, mtmd.mtmd_get_output_embd(self.ctx), n_past, seq, self.llm.n_batch,
            ctypes.byref(new_past), mtmd.mtmd_helper_post_decode_callback(), None)
        if status != 0:
            raise VlmedgeError(f"llama.cpp failed to decode image embeddings ({llama_log.tail()})")
        return encode_s, new_past.value

    def _start(self, image: Image.Image, normalize: bool = True) -> tuple[float, int]:
        """Clears the context and evaluates the prompt with `image`; returns (encode seconds, image tokens)."""
        prompt = self._prompt(image, normalize)
        try:
            self.llm.reset()
            self.llm._ctx.kv_cache_clear()
            return self._prefill(prompt.chunks)
        finally:
            self._mtmd.mtmd_input_chunks_free(prompt.chunks)

    def _last_logits(self) -> np.ndarray:
        logits = self._llama_cpp.llama_get_logits_ith(self.llm._ctx.ctx, -1)
        return np.ctypeslib.as_array(logits, shape=(self.llm.n_vocab(),)).copy()

    def prompt_logits(self, image: Image.Image) -> np.ndarray:
        """Next-token logits after the prompt with `image`: what parity checks compare with transformers."""
        self._start(image)
        return self._last_logits()

    def answer_logits(self, image: Image.Image, answer_ids: list[int]) -> np.ndarray:
        """Next-token logits at every answer position, the answer fed token by token (teacher forcing):
        row i predicts answer_ids[i]; len(answer_ids) + 1 rows."""
        self._start(image)
        rows = [self._last_logits()]
        for token in answer_ids:
            self.llm.eval([token])
            rows.append(self._last_logits())
        return np.stack(rows)

    def _transcribe_one(self, image: Image.Image, normalize: bool = True) -> Transcription:
        llm = self.llm
        began = time.perf_counter()
        encode_s, image_tokens = self._start(image, normalize)
        budget = min(answer_budget(self.max_new_tokens, image_tokens), llm.n_ctx() - llm.n_tokens - image_tokens)
        generated: list[int] = []
        first_token_at = None
        while len(generated) < budget:
            token = self._next_token()
            if first_token_at is None:
                first_token_at = time.perf_counter()
            if token in self.end_ids and not self.ignore_eos:
                break
            generated.append(token)
            llm.eval([token])
        finished = time.perf_counter()
        text_out = llm.detokenize(generated, special=False).decode("utf-8", "replace")
        timings = {"encode_ms": encode_s * 1000, "new_tokens": float(len(generated)),
                   "image_tokens": float(image_tokens)}
        if first_token_at is not None:
            timings["ttft_ms"] = (first_token_at - began) * 1000
            if len(generated) > 1:
                timings["decode_tokens_per_s"] = (len(generated) - 1) / max(finished - first_token_at, 1e-9)
        return Transcription(text_out, (finished - began) * 1000, timings)
