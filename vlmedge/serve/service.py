"""The service's engine: submissions queued (bounded: full means 429), graded by worker threads, the model loaded
once and warmed up, screenshots read one at a time through it, readings cached by image sha256 and model."""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PIL import Image

from vlmedge.errors import VlmedgeError
from vlmedge.grader.grade import MAX_CODE_BYTES, grade
from vlmedge.grader.problem import LANGUAGES, Problem, bank_ids, load_problem
from vlmedge.screenshots.reading import open_screenshot
from vlmedge.serve.db import Store, Submission
from vlmedge.serve.metrics import Metrics

log = logging.getLogger("vlmedge.serve")


@dataclass(frozen=True)
class Settings:
    model: str = "default"
    db: str = "sqlite:///runs/serve/vlmedge.db"
    token: str | None = None
    workers: int = 4  # submissions graded at once here (a screenshot's reading holds one slot while others grade)
    queue_size: int = 64  # submissions waiting; one more is answered 429
    wait_s: float = 120.0  # how long a ?wait=true request waits before it is answered 202 with its id
    max_body_mb: float = 10.0
    cache_size: int = 512  # readings kept by image sha256
    replica: str = "local"  # this server's name in the database: it recovers what it took, and nothing else
    threads: int = 0  # CPU threads of the model runtime
    callback_timeout_s: float = 10.0


class Busy(Exception):
    """The queue is full: the client should retry later."""


class Cache:
    """A bounded LRU of screenshot readings, keyed by (model, image sha256)."""

    def __init__(self, size: int) -> None:
        self.size, self.items, self.lock = size, OrderedDict[tuple[str, str], str](), threading.Lock()

    def get(self, key: tuple[str, str]) -> str | None:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
            return None

    def put(self, key: tuple[str, str], text: str) -> None:
        with self.lock:
            self.items[key] = text
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


class GradingService:
    def __init__(self, settings: Settings, store: Store, metrics: Metrics) -> None:
        self.settings, self.store, self.metrics = settings, store, metrics
        self.queue: queue.Queue[str] = queue.Queue(maxsize=settings.queue_size)
        self.cache = Cache(settings.cache_size)
        self.ready = threading.Event()
        self.failed_to_load: str | None = None
        self.runtime: Any = None
        self.runtime_lock = threading.Lock()  # one reading at a time: runtimes hold one model context
        self.done: dict[str, threading.Event] = {}
        self.done_lock = threading.Lock()

    # -- start-up ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        threading.Thread(target=self._load, name="vlmedge-load", daemon=True).start()
        for index in range(self.settings.workers):
            threading.Thread(target=self._work, name=f"vlmedge-grade-{index}", daemon=True).start()

    def _load(self) -> None:
        from vlmedge.runtime.registry import open_runtime

        try:
            runtime, _ = open_runtime(self.settings.model, threads=self.settings.threads)
            runtime.transcribe([Image.new("RGB", (224, 56), "white")])  # warm-up: first-call costs paid now
            self.runtime = runtime
        except Exception as exc:  # noqa: BLE001 - reported by /readyz, the server stays up for code submissions
            self.failed_to_load = f"{type(exc).__name__}: {exc}"
            log.error("the model did not load: %s", self.failed_to_load)
        self.ready.set()
        for submission in self.store.unfinished(self.settings.replica):  # what a crash interrupted
            self.store.requeue(submission.id)
            self.queue.put(submission.id)
            log.info("recovered submission %s", submission.id)

    # -- problems ---------------------------------------------------------------------------------------------
    def problem(self, problem_id: str) -> Problem:
        posted = self.store.problems()
        if problem_id in posted:
            return Problem.model_validate(posted[problem_id])
        if problem_id in bank_ids():
            return load_problem(problem_id)
        raise VlmedgeError(f"problem {problem_id!r} is not known: GET /v1/problems lists them")

    # -- submissions ------------------------------------------------------------------------------------------
    def submit(self, problem_id: str, language: str | None, code: str | None, image: bytes | None,
               callback_url: str | None) -> Submission:
        """Checks the input (nothing is stored when it is bad), stores the submission, queues it."""
        problem = self.problem(problem_id)
        if (code is None) == (image is None):
            raise VlmedgeError("send the code or a screenshot of it (image), one of the two")
        if language is not None and language not in problem.languages:
            raise VlmedgeError(f"language {language!r} is not one problem {problem.id} takes: "
                               f"{', '.join(problem.languages)}" if language in LANGUAGES else
                               f"language {language!r} is not supported: use one of {', '.join(LANGUAGES)}")
        if code is not None:
            try:
                code.encode("utf-8")
            except UnicodeEncodeError:
                raise VlmedgeError("the code is not valid Unicode text (a lone surrogate): send UTF-8") from None
        if code is not None and len(code.encode("utf-8")) > MAX_CODE_BYTES:
            raise VlmedgeError(f"the code is over the {MAX_CODE_BYTES:,} bytes a submission may have")
        if code is not None and not code.strip():
            raise VlmedgeError("the code is empty")
        digest = None
        if image is not None:
            open_screenshot(image, "image")  # refuses what is not a screenshot before it is stored
            if self.failed_to_load:
                raise VlmedgeError(f"screenshots cannot be read here: the model did not load "
                                   f"({self.failed_to_load[:120]}); send code instead")
            digest = hashlib.sha256(image).hexdigest()
        if callback_url is not None and not callback_url.startswith(("http://", "https://")):
            raise VlmedgeError("callback_url must be an http:// or https:// URL")
        if self.queue.full():
            raise Busy()
        submission = self.store.add(problem.id, language, code, image, digest, callback_url, self.settings.replica)
        with self.done_lock:
            self.done[submission.id] = threading.Event()
        try:
            self.queue.put_nowait(submission.id)
        except queue.Full:
            self.store.fail(submission.id, "the queue was full when it arrived: send it again")
            raise Busy() from None
        self.metrics.queue_depth.set(self.queue.qsize())
        return submission

    def wait(self, submission_id: str, timeout_s: float) -> bool:
        with self.done_lock:
            event = self.done.get(submission_id)
        return event.wait(timeout_s) if event else True

    def _read(self, image: Image.Image, digest: str) -> str:
        key = (self.settings.model, digest)
        cached = self.cache.get(key)
        self.metrics.cache.labels("hit" if cached is not None else "miss").inc()
        if cached is not None:
            return cached
        with self.runtime_lock:
            text = self.runtime.transcribe([image])[0].text
        self.cache.put(key, text)
        return text

    def _work(self) -> None:
        while True:
            submission_id = self.queue.get()
            self.metrics.queue_depth.set(self.queue.qsize())
            try:
                self._grade(submission_id)
            except Exception:  # noqa: BLE001 - a worker must outlive any one submission
                log.exception("grading %s failed", submission_id)
            finally:
                with self.done_lock:
                    event = self.done.pop(submission_id, None)
                if event:
                    event.set()

    def _grade(self, submission_id: str) -> None:
        if not self.store.start(submission_id):
            return  # not queued any more (another worker or replica took it)
        submission = self.store.get(submission_id)
        assert submission is not None
        self.ready.wait()
        try:
            problem = self.problem(submission.problem)
            if submission.image is not None:
                if self.runtime is None:
                    raise VlmedgeError(f"the model did not load ({self.failed_to_load}): screenshots cannot be read")
                image = open_screenshot(submission.image, "image")
                digest = submission.image_sha256 or hashlib.sha256(submission.image).hexdigest()
                result = grade(problem, image=image, language=submission.language,
                               reader=lambda picture: self._read(picture, digest))
            else:
                result = grade(problem, code=submission.code, language=submission.language)
        except VlmedgeError as exc:
            self.store.fail(submission_id, str(exc))
            self.metrics.submissions.labels("failed").inc()
        except Exception as exc:  # noqa: BLE001 - recorded as the reason; the submission is not lost
            self.store.fail(submission_id, f"the grader failed: {type(exc).__name__}: {exc}")
            self.metrics.submissions.labels("failed").inc()
            log.exception("grading %s", submission_id)
        else:
            payload = result.as_dict()
            self.store.finish(submission_id, payload)
            self.metrics.submissions.labels("done").inc()
            for test in result.tests:
                self.metrics.verdicts.labels(test.verdict.value).inc()
        if submission.callback_url:
            self._callback(submission.callback_url, submission_id)

    def _callback(self, url: str, submission_id: str) -> None:
        import httpx

        stored = self.store.get(submission_id)
        for attempt in range(3):
            try:
                httpx.post(url, json=stored.as_dict() if stored else {"id": submission_id},
                           timeout=self.settings.callback_timeout_s)
                return
            except httpx.HTTPError as exc:
                log.warning("callback %s for %s failed (%s), attempt %d", url, submission_id, exc, attempt + 1)
                time.sleep(1.0 * (attempt + 1))
