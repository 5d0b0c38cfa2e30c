"""A model served behind an OpenAI-compatible API (vLLM, llama.cpp's llama-server, llama-cpp-python's server):
chat completions with the screenshot as a base64 data URI, greedy.

One string names it wherever a model is named (`--model`, `evaluate --variants`, `serve --model`):
`http://HOST:PORT/v1?model=NAME&timeout=120&retries=2&reading=rows:8&parallel=4`. Every query parameter is
optional: `model` (default: the first the server lists), `timeout` seconds per request, `retries` of a request
that failed to connect, timed out or got a 429/5xx, `parallel` requests at a time (row reading sends many),
`reading`: how the served model takes screenshots: `plain` (as they are: a real Qwen2-VL checkpoint), `grid`
(normalized to the line grid, vlmedge/screenshots/line_grid.py) or `rows:N` (the line grid read by rows and chunks
of up to N rows, as vlmedge's own runtimes read the embedded default). An API key, where the server wants one,
comes from VLMEDGE_OPENAI_API_KEY, never from the URL.
"""

from __future__ import annotations

import base64
import io
import os
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from PIL import Image

from vlmedge.errors import VlmedgeError
from vlmedge.runtime.base import PROMPT, Runtime, Transcription, answer_budget
from vlmedge.runtime.rows import read_by_rows
from vlmedge.screenshots import line_grid

OPTIONS = ("model", "timeout", "retries", "reading", "parallel")
API_KEY_ENV = "VLMEDGE_OPENAI_API_KEY"
RETRY_STATUS = {429, 500, 502, 503, 504}


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def _reading(value: str) -> tuple[int, int]:
    """(line-grid tokens, rows per chunk) from a `reading` option: plain (0, 0), grid (tokens, 0), rows:N."""
    if value == "plain":
        return 0, 0
    if value == "grid":
        return line_grid.DEFAULT_TOKENS, 0
    kind, _, chunk = value.partition(":")
    if kind == "rows" and chunk.isdigit() and int(chunk) >= 1:
        return line_grid.DEFAULT_TOKENS, int(chunk)
    raise VlmedgeError(f"reading={value} is not a reading: use plain, grid or rows:N (e.g. rows:8 for vlmedge's "
                       "embedded default)")


class OpenAIRuntime(Runtime):
    name = "openai"

    def __init__(self, url: str, max_new_tokens: int = 1024) -> None:
        import httpx

        parts = urlsplit(url)
        options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        unknown = sorted(set(options) - set(OPTIONS))
        if unknown:
            raise VlmedgeError(f"{url}: {', '.join(unknown)} is not an option of a served model: use "
                               f"{', '.join(OPTIONS)}")
        self.base = urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
        try:
            self.timeout_s = float(options.get("timeout", 120))
            self.retries = int(options.get("retries", 2))
            self.parallel = max(1, int(options.get("parallel", 4)))
        except ValueError as exc:
            raise VlmedgeError(f"{url}: {exc}: timeout is seconds, retries and parallel are counts") from None
        self.line_grid_tokens, self.chunk_rows = _reading(options.get("reading", "plain"))
        self.max_new_tokens = max_new_tokens
        key = os.environ.get(API_KEY_ENV)
        self.client = httpx.Client(timeout=self.timeout_s, headers={"Authorization": f"Bearer {key}"} if key else {})
        self.model = options.get("model") or self._first_model()

    def _post(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        import httpx

        last = ""
        for attempt in range(self.retries + 1):
            try:
                response = (self.client.post(self.base + path, json=body) if body is not None
                            else self.client.get(self.base + path))
            except httpx.HTTPError as exc:  # refused, reset, timed out
                last = f"{type(exc).__name__}: {exc}"
            else:
                if response.status_code < 400:
                    return response.json()
                last = f"HTTP {response.status_code}: {response.text[:200]}"
                if response.status_code not in RETRY_STATUS:
                    break
            if attempt < self.retries:
                time.sleep(min(8.0, 0.5 * 2 ** attempt))
        raise VlmedgeError(f"the model server at {self.base} failed ({last}); check that it is up and serves an "
                           "OpenAI-compatible /chat/completions")

    def _first_model(self) -> str:
        listed = self._post("/models").get("data") or []
        if not listed:
            raise VlmedgeError(f"the model server at {self.base} lists no model: name one with ?model=NAME")
        return str(listed[0]["id"])

    def _ask(self, image: Image.Image) -> Transcription:
        png = io.BytesIO()
        image.convert("RGB").save(png, format="PNG")
        uri = "data:image/png;base64," + base64.b64encode(png.getvalue()).decode("ascii")
        # The cap the other runtimes apply, from the merged tokens the image makes (28 px each, as sent).
        tokens = answer_budget(self.max_new_tokens, max(1, round(image.width / 28) * round(image.height / 28)))
        # Greedy, no penalties: llama-cpp-python's server penalizes repeats (1.1) unless told, and code repeats.
        body = {"model": self.model, "temperature": 0, "max_tokens": tokens, "repeat_penalty": 1.0,
                "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": uri}},
                                                          {"type": "text", "text": PROMPT}]}]}
        began = time.perf_counter()
        answer = self._post("/chat/completions", body)
        ms = (time.perf_counter() - began) * 1000
        try:
            text = answer["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError):
            raise VlmedgeError(f"the model server at {self.base} answered without choices[0].message.content: "
                               f"{str(answer)[:200]}") from None
        used = (answer.get("usage") or {}).get("completion_tokens")
        return Transcription(text, ms, {"new_tokens": float(used)} if used is not None else {})

    def _ask_all(self, images: list[Image.Image]) -> list[Transcription]:
        with ThreadPoolExecutor(self.parallel) as pool:  # a server like vLLM batches concurrent requests
            return list(pool.map(self._ask, images))

    def transcribe(self, images: list[Image.Image]) -> list[Transcription]:
        if self.chunk_rows:
            return read_by_rows(images, self._ask_all, self.chunk_rows)
        return self._ask_all([line_grid.model_input(image.convert("RGB"), self.line_grid_tokens)
                              for image in images])

    def close(self) -> None:
        self.client.close()
