"""The ONNX Runtime backend: a `vlmedge export onnx` folder (vision.onnx, decoder.onnx, embed_tokens.npy and the
checkpoint's processor files), read with onnxruntime, tokenizers and numpy alone: no torch, no transformers.

Each image: patches and their positions in numpy (vlmedge/runtime/onnx_inputs.py), the vision graph, the prompt
rendered with the checkpoint's chat template and tokenized, image embeddings scattered at the image-pad tokens,
3-D M-RoPE position ids, then greedy decoding with the decoder's KV cache.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from vlmedge.errors import VlmedgeError
from vlmedge.runtime import onnx_inputs
from vlmedge.runtime.base import PROMPT, Runtime, Transcription, answer_budget
from vlmedge.runtime.rows import read_by_rows
from vlmedge.screenshots import line_grid, line_rows
from vlmedge.threads import cpu_threads

GRAPHS = ("vision.onnx", "decoder.onnx")
NEEDED = (*GRAPHS, "embed_tokens.npy", "config.json", "preprocessor_config.json", "tokenizer.json")
IMAGE_PAD, END_TOKENS = "<|image_pad|>", ("<|im_end|>", "<|endoftext|>")
CHATML = "<|im_start|>user\n<|vision_start|><|image_pad|><|vision_end|>{prompt}<|im_end|>\n<|im_start|>assistant\n"


_ARENA: list[bool] = []


def _register_shared_arena() -> None:
    """One CPU arena for every session of this process, grown by what is asked (not in powers of two): the vision
    and decoder graphs then reuse each other's activation memory instead of each keeping its own peak."""
    import onnxruntime as ort

    if not _ARENA:
        memory = ort.OrtMemoryInfo("Cpu", ort.OrtAllocatorType.ORT_ARENA_ALLOCATOR, 0, ort.OrtMemType.DEFAULT)
        ort.create_and_register_allocator(memory, ort.OrtArenaCfg(0, 1, -1, -1))  # 1: kSameAsRequested
        _ARENA.append(True)


def is_onnx_folder(path: Path) -> bool:
    return Path(path).is_dir() and (Path(path) / "decoder.onnx").is_file()


def check_folder(folder: Path) -> None:
    """Every file an export has, and graphs that parse, before onnxruntime sees them (its errors name no file)."""
    missing = [name for name in NEEDED if not (folder / name).is_file()]
    if missing:
        raise VlmedgeError(f"{folder} is not a complete ONNX export (no {', '.join(missing)}): re-run vlmedge export "
                           "onnx")
    try:
        import onnx
    except ImportError:  # an edge install without the onnx package: onnxruntime's own check follows
        return
    for name in GRAPHS:
        try:
            onnx.load(str(folder / name), load_external_data=False)
        except Exception as exc:  # noqa: BLE001 - protobuf raises DecodeError and others
            raise VlmedgeError(f"{folder / name} is not a readable ONNX graph, truncated or corrupt "
                               f"({type(exc).__name__}): re-run vlmedge export onnx") from None
        data = folder / f"{name}.data"
        graph_bytes = (folder / name).stat().st_size
        if not data.is_file() and graph_bytes < 4096:
            raise VlmedgeError(f"{folder / name} holds no weights and {data.name} is missing: copy the whole export")


class OnnxRuntime(Runtime):
    name = "onnxruntime"

    def __init__(self, folder: Path, max_new_tokens: int = 1024, threads: int = 0, by_rows: bool | None = None,
                 image_max_tokens: int | None = None, ignore_eos: bool = False) -> None:
        """`image_max_tokens` caps merged vision tokens per image below the checkpoint's budget; `ignore_eos` decodes
        the whole token budget (speed figures that do not depend on how soon a model ends its answer)."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.folder = folder = Path(folder)
        check_folder(folder)
        config = json.loads((folder / "config.json").read_text())
        self.model_type = config.get("model_type")
        if self.model_type not in ("qwen2_vl", "qwen2_5_vl"):
            raise VlmedgeError(f"{folder} holds a {self.model_type!r} export: the ONNX runtime reads qwen2_vl and "
                               "qwen2_5_vl")
        text, vision = config.get("text_config") or config, config.get("vision_config") or {}
        self.layers = int(text["num_hidden_layers"])
        self.kv_heads = int(text["num_key_value_heads"])
        self.head_dim = int(text.get("head_dim") or text["hidden_size"] // text["num_attention_heads"])
        self.image_token_id = int(config["image_token_id"])
        self.window_size = int(vision.get("window_size") or 0) if self.model_type == "qwen2_5_vl" else 0
        self.spec = onnx_inputs.ImageSpec.read(folder)
        self.unit = unit = self.spec.patch * self.spec.merge
        if image_max_tokens:
            self.spec = replace(self.spec, max_pixels=min(self.spec.max_pixels, image_max_tokens * unit ** 2))
        self.image_min_tokens = max(1, self.spec.min_pixels // unit ** 2)
        self.image_max_tokens = self.spec.max_pixels // unit ** 2
        self.ignore_eos = ignore_eos
        processor = json.loads((folder / "preprocessor_config.json").read_text())
        self.line_grid_tokens = self.spec.max_pixels // unit ** 2 if processor.get(line_grid.LINE_GRID_FLAG) else 0
        self.chunk_rows = line_rows.reading(line_rows.chunk_rows(processor.get(line_rows.LINE_ROWS_FLAG, 0)), by_rows)
        self.max_new_tokens = max_new_tokens
        self.threads = cpu_threads(threads)
        options = ort.SessionOptions()
        options.intra_op_num_threads, options.inter_op_num_threads = self.threads, 1
        options.log_severity_level = 3
        _register_shared_arena()
        options.add_session_config_entry("session.use_env_allocators", "1")
        # The vision graph's activations (900 MB at the 2B shape for a 1024 px screenshot) go back after each image.
        self.vision_run = ort.RunOptions()
        self.vision_run.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")
        try:
            self.vision = ort.InferenceSession(str(folder / "vision.onnx"), options, providers=["CPUExecutionProvider"])
            self.decoder = ort.InferenceSession(str(folder / "decoder.onnx"), options,
                                                providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own types
            raise VlmedgeError(f"onnxruntime could not load {folder} ({str(exc).splitlines()[0][:200]}): re-run "
                               "vlmedge export onnx") from None
        self.vision_inputs = {item.name for item in self.vision.get_inputs()}
        # A decoder exported with a batch dimension (a name, not 1) decodes a screenshot's rows side by side.
        self.batched = self.decoder.get_inputs()[0].shape[0] != 1
        self.last = np.zeros(1, np.int64)  # a decode step's one position
        self.embed = np.load(folder / "embed_tokens.npy", mmap_mode="r")
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.end_ids = {token for name in END_TOKENS if (token := self.tokenizer.token_to_id(name)) is not None}
        self.prompt_head, self.prompt_tail = self._prompt().split(IMAGE_PAD, 1)

    def _prompt(self) -> str:
        """The checkpoint's chat template rendered for one image and the prompt (ChatML where it has none)."""
        template = None
        if (self.folder / "chat_template.jinja").is_file():
            template = (self.folder / "chat_template.jinja").read_text()
        elif (self.folder / "tokenizer_config.json").is_file():
            template = json.loads((self.folder / "tokenizer_config.json").read_text()).get("chat_template")
        if not template:
            return CHATML.format(prompt=PROMPT)
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": PROMPT}]}]
        rendered = ImmutableSandboxedEnvironment().from_string(template).render(messages=messages,
                                                                                 add_generation_prompt=True)
        if rendered.count(IMAGE_PAD) != 1:
            raise VlmedgeError(f"{self.folder}'s chat template does not draw one {IMAGE_PAD} for an image: re-export")
        return rendered

    # -- one image ----------------------------------------------------------------------------------------------
    def _encode(self, image: Image.Image, normalize: bool) -> tuple[np.ndarray, tuple[int, int, int]]:
        image = line_grid.model_input(image.convert("RGB"), self.line_grid_tokens if normalize else 0)
        pixels, grid = onnx_inputs.patchify(image, self.spec)
        feed: dict[str, Any] = {"pixel_values": pixels,
                                "position_ids": onnx_inputs.vision_position_ids(grid, self.spec.merge),
                                "cu_seqlens": onnx_inputs.cu_seqlens(grid)}
        if "window_index" in self.vision_inputs:
            feed["window_index"], feed["cu_window_seqlens"] = onnx_inputs.window_inputs(
                grid, self.spec.merge, self.window_size, self.spec.patch)
        return self.vision.run(None, feed, self.vision_run)[0], grid

    def _prefill(self, image: Image.Image, normalize: bool, answer_ids: list[int] | None = None
                 ) -> tuple[np.ndarray, dict[str, np.ndarray], int, int, float]:
        """(logits of the prompt (and answer) tokens, the cache, the next position, image tokens, encode s)."""
        began = time.perf_counter()
        embeds, grid = self._encode(image, normalize)
        encode_s = time.perf_counter() - began
        count = embeds.shape[0]
        head = self.tokenizer.encode(self.prompt_head, add_special_tokens=False).ids
        tail = self.tokenizer.encode(self.prompt_tail, add_special_tokens=False).ids
        ids = np.asarray([*head, *[self.image_token_id] * count, *tail, *(answer_ids or [])], np.int64)
        inputs = np.asarray(self.embed[ids], dtype=np.float32)
        inputs[ids == self.image_token_id] = embeds
        positions, next_position = onnx_inputs.rope_index(ids, [grid], self.image_token_id, self.spec.merge)
        empty = np.zeros((1, self.kv_heads, 0, self.head_dim), np.float32)
        feed = {"inputs_embeds": inputs[None], "position_ids": positions[:, None, :],
                "attention_mask": np.ones((1, len(ids)), np.int64),
                "logit_positions": np.arange(len(ids) - 1 - len(answer_ids or []), len(ids), dtype=np.int64),
                **{f"past.{layer}.{kind}": empty for layer in range(self.layers) for kind in ("key", "value")}}
        outputs = self.decoder.run(None, feed)
        cache = {f"past.{layer}.{kind}": outputs[1 + 2 * layer + (kind == "value")]
                 for layer in range(self.layers) for kind in ("key", "value")}
        return outputs[0][0], cache, next_position, count, encode_s

    def prompt_logits(self, image: Image.Image) -> np.ndarray:
        """Next-token logits after the prompt with `image` (what parity checks compare)."""
        return self._prefill(image, normalize=True)[0][-1]

    def answer_logits(self, image: Image.Image, answer_ids: list[int]) -> np.ndarray:
        """Logits at the prompt's end and at every answer position, the answer given: len(answer_ids) + 1 rows."""
        logits = self._prefill(image, normalize=True, answer_ids=answer_ids)[0]
        return logits  # the graph computed those rows only

    def _read(self, image: Image.Image, normalize: bool = True) -> Transcription:
        """One image's greedy transcription: a batch of one, which any export's decoder takes."""
        return self._read_together([image], normalize)[0]

    def _read_together(self, images: list[Image.Image], normalize: bool = True) -> list[Transcription]:
        """Greedy transcriptions of `images` decoded as one batch: each prefilled alone, the caches left-padded
        to one length (the attention mask hides the padding), then one decoder run per position for all that
        are still writing. The same tokens as reading each alone, up to the float sums of batched kernels."""
        began = time.perf_counter()
        starts = [self._prefill(image, normalize) for image in images]
        names = list(starts[0][1])
        lengths = [int(start[1][names[0]].shape[2]) for start in starts]
        longest = max(lengths)
        cache = {name: np.concatenate([np.pad(start[1][name], ((0, 0), (0, 0), (longest - length, 0), (0, 0)))
                                       for start, length in zip(starts, lengths, strict=True)])
                 for name in names}
        mask = (np.arange(longest)[None, :] >= longest - np.asarray(lengths)[:, None]).astype(np.int64)
        tokens = [int(start[0][-1].argmax()) for start in starts]
        positions = [start[2] for start in starts]
        budgets = [answer_budget(self.max_new_tokens, start[3]) for start in starts]
        generated: list[list[int]] = [[] for _ in images]
        active = list(range(len(images)))  # the piece in each row of the batch
        first_at = time.perf_counter()
        while True:
            keep = []
            for row, piece in enumerate(active):
                if tokens[piece] in self.end_ids and not self.ignore_eos:
                    continue
                generated[piece].append(tokens[piece])
                if len(generated[piece]) < budgets[piece]:
                    keep.append(row)
            if not keep:
                break
            if len(keep) < len(active):  # finished rows leave the batch, and padding no row needs any more
                active = [active[row] for row in keep]
                mask = mask[keep]
                lead = int((mask.cumsum(axis=1) == 0).sum(axis=1).min())
                mask = mask[:, lead:]
                cache = {name: tensor[keep][:, :, lead:] for name, tensor in cache.items()}
            mask = np.concatenate([mask, np.ones((len(active), 1), np.int64)], axis=1)
            outputs = self.decoder.run(None, {
                "inputs_embeds": np.asarray(self.embed[[tokens[piece] for piece in active]], np.float32)[:, None],
                "position_ids": np.broadcast_to(np.asarray([positions[piece] for piece in active])[None, :, None],
                                                (3, len(active), 1)).copy(),
                "attention_mask": mask, "logit_positions": self.last, **cache})
            cache = {name: outputs[1 + index] for index, name in enumerate(names)}
            for row, piece in enumerate(active):
                tokens[piece] = int(outputs[0][row, -1].argmax())
                positions[piece] += 1
        finished = time.perf_counter()
        decoded = sum(max(len(tokens) - 1, 0) for tokens in generated)
        results = []
        for piece, start in enumerate(starts):
            timings = {"encode_ms": start[4] * 1000, "ttft_ms": (first_at - began) * 1000,
                       "new_tokens": float(len(generated[piece])), "image_tokens": float(start[3])}
            if len(generated[piece]) > 1 and decoded:  # the batch's rate: its tokens came out together
                timings["decode_tokens_per_s"] = decoded / max(finished - first_at, 1e-9)
            text = self.tokenizer.decode(generated[piece], skip_special_tokens=True)
            results.append(Transcription(text, (finished - began) * 1000, timings))
        return results

    def transcribe(self, images: list[Image.Image]) -> list[Transcription]:
        if self.chunk_rows:
            # Exports from before the decoder took a batch read the pieces one after another.
            read = (lambda pieces: self._read_together(pieces, normalize=False)) if self.batched else \
                (lambda pieces: [self._read(piece, normalize=False) for piece in pieces])
            return read_by_rows(images, read, self.chunk_rows)
        return [self._read(image) for image in images]
