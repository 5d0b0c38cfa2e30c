"""The HTTP API (FastAPI; OpenAPI at /docs) and the web page at /.

Every error is a 4xx with one line, `{"error": "..."}`, naming the problem and the fix; bad input never reaches
the database. With a token, every /v1 write needs `Authorization: Bearer <token>`.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from prometheus_client import generate_latest
from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.datastructures import UploadFile

from vlmedge.config import describe
from vlmedge.errors import VlmedgeError
from vlmedge.grader.problem import LANGUAGES, Problem, bank_ids, load_problem
from vlmedge.serve.db import DONE, FAILED, Store
from vlmedge.serve.metrics import Metrics
from vlmedge.serve.service import Busy, GradingService, Settings

STATIC = Path(__file__).resolve().parent / "static"
RETRY_AFTER_S = 5


class TooLarge(VlmedgeError):
    """A body over the size limit (413)."""


class GradeRequest(BaseModel):
    """POST /v1/grade as JSON (multipart takes the same fields, the screenshot as the file field `image`)."""

    model_config = ConfigDict(extra="forbid")
    problem: str
    language: str | None = None
    code: str | None = None
    image: str | None = None  # base64 (a data: URI prefix is accepted)
    callback_url: str | None = None


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _route(request: Request) -> str:
    route = request.scope.get("route")
    return getattr(route, "path", "unmatched")


def create_app(settings: Settings) -> FastAPI:
    store = Store(settings.db)
    metrics = Metrics()
    service = GradingService(settings, store, metrics)
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service.start()  # the model loads and warms up in the background: /readyz says when
        yield

    app = FastAPI(title="vlmedge grading service", version="1", lifespan=lifespan,
                  description="Screenshots of code read by a VLM, graded against tests in a sandbox.")
    app.state.service = service
    max_body = int(settings.max_body_mb * 2**20)

    @app.middleware("http")
    async def _limits_and_metrics(request: Request, call_next: Any) -> Response:
        began = time.perf_counter()
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            response: Response = error(413, f"the request is over {settings.max_body_mb:g} MB: send a smaller "
                                            "screenshot (PNG or JPEG)")
        else:
            try:
                response = await call_next(request)
            except Exception as exc:  # noqa: BLE001 - one line to the client, the trace in the log
                import logging

                logging.getLogger("vlmedge.serve").exception("request failed")
                response = error(500, f"the server failed: {type(exc).__name__}")
        route = _route(request)
        metrics.requests.labels(route, request.method, str(response.status_code)).inc()
        metrics.latency.labels(route, request.method).observe(time.perf_counter() - began)
        return response

    def authorized(request: Request) -> bool:
        if not settings.token:
            return True
        given = request.headers.get("authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {settings.token}".encode())

    async def read_body(request: Request) -> bytes:
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_body:
                raise TooLarge(f"the request is over {settings.max_body_mb:g} MB: send a smaller screenshot")
        return bytes(body)

    async def grade_request(request: Request) -> GradeRequest | tuple[GradeRequest, bytes | None]:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/json":
            raw = await read_body(request)
            try:
                data = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise VlmedgeError(f"the body is not valid JSON ({exc}): send an object with problem and code or "
                                   "image") from None
            try:
                parsed = GradeRequest.model_validate(data)
            except ValidationError as exc:
                raise VlmedgeError(f"the request: {describe(exc, GradeRequest)}") from None
            image = None
            if parsed.image is not None:
                encoded = parsed.image.split(",", 1)[1] if parsed.image.startswith("data:") else parsed.image
                try:
                    image = base64.b64decode(encoded, validate=True)
                except (binascii.Error, ValueError):
                    raise VlmedgeError("image is not base64: send the screenshot's bytes base64-encoded") from None
            return parsed, image
        if kind == "multipart/form-data":
            try:
                form = await request.form(max_files=1, max_fields=8)
            except Exception as exc:  # noqa: BLE001 - the multipart parser raises several types
                raise VlmedgeError(f"the multipart body cannot be read ({type(exc).__name__}): send fields "
                                   "problem, language and the file field image") from None
            fields = {key: value for key, value in form.items() if not isinstance(value, UploadFile)}
            upload = form.get("image")
            unknown = set(form.keys()) - set(GradeRequest.model_fields)
            if unknown:
                raise VlmedgeError(f"the form has unknown fields {', '.join(sorted(unknown))}: send problem, "
                                   "language, code or the file image, callback_url")
            try:
                parsed = GradeRequest.model_validate({**fields, "image": None})
            except ValidationError as exc:
                raise VlmedgeError(f"the form: {describe(exc, GradeRequest)}") from None
            image = await upload.read() if isinstance(upload, UploadFile) else None
            if isinstance(upload, str):
                raise VlmedgeError("image must be a file field (a screenshot), not text")
            return parsed, image
        raise VlmedgeError(f"content type {kind or 'none'} is not accepted: send application/json or "
                           "multipart/form-data")

    @app.post("/v1/grade", status_code=200, summary="Grade code or a screenshot of it against a problem")
    async def post_grade(request: Request, wait: bool = True) -> Response:
        if not authorized(request):
            return error(401, "this server needs Authorization: Bearer <token> on writes")
        try:
            parsed, image = await grade_request(request)  # type: ignore[misc]
            submission = service.submit(parsed.problem, parsed.language, parsed.code, image, parsed.callback_url)
        except Busy:
            return error(429, f"the grading queue is full: retry in {RETRY_AFTER_S} s",
                         headers={"Retry-After": str(RETRY_AFTER_S)})
        except TooLarge as exc:
            return error(413, str(exc))
        except VlmedgeError as exc:
            return error(400, str(exc))
        location = f"/v1/submissions/{submission.id}"
        if not wait:
            return JSONResponse({"id": submission.id, "status": "queued", "location": location}, status_code=202,
                                headers={"Location": location})
        import asyncio

        finished = await asyncio.get_running_loop().run_in_executor(None, service.wait, submission.id,
                                                                     settings.wait_s)
        stored = store.get(submission.id)
        if not finished or stored is None or stored.status not in (DONE, FAILED):
            return JSONResponse({"id": submission.id, "status": stored.status if stored else "queued",
                                 "location": location}, status_code=202, headers={"Location": location})
        if stored.status == FAILED:
            return JSONResponse({"id": stored.id, "status": FAILED, "reason": stored.reason}, status_code=200)
        return JSONResponse({"id": stored.id, "status": DONE, **json.loads(stored.result or "{}")})

    @app.get("/v1/submissions/{submission_id}", summary="One submission: status, and the result when done")
    def get_submission(submission_id: str) -> Response:
        found = store.get(submission_id) if len(submission_id) <= 36 else None
        if found is None:
            return error(404, f"submission {submission_id[:40]!r} does not exist")
        return JSONResponse(found.as_dict())

    @app.get("/v1/submissions", summary="History, newest first")
    def list_submissions(problem: str | None = None, limit: int = 20) -> Response:
        if not 1 <= limit <= 200:
            return error(400, f"limit {limit} must be between 1 and 200")
        rows = store.history(problem, limit)
        return JSONResponse([{key: value for key, value in row.as_dict().items() if key != "result"} |
                             {"passed": (json.loads(row.result) or {}).get("passed") if row.result else None,
                              "total": (json.loads(row.result) or {}).get("total") if row.result else None}
                             for row in rows])

    def public(problem: Problem, source: str) -> dict[str, Any]:
        """What a student may see: never the tests' inputs and outputs."""
        return {"id": problem.id, "title": problem.title, "statement": problem.statement, "source": source,
                "languages": problem.languages, "limits": problem.limits.model_dump(), "checker": problem.checker,
                "tests": [{"name": test.name, "weight": test.weight} for test in problem.tests]}

    @app.post("/v1/problems", status_code=201, summary="Add a problem (the problem YAML schema, as JSON)")
    async def post_problem(request: Request) -> Response:
        if not authorized(request):
            return error(401, "this server needs Authorization: Bearer <token> on writes")
        try:
            data = json.loads(await read_body(request))
        except (json.JSONDecodeError, UnicodeDecodeError):
            return error(400, "the body is not valid JSON: send the problem as a JSON object")
        except TooLarge as exc:
            return error(413, str(exc))
        try:
            problem = Problem.model_validate(data)
        except ValidationError as exc:
            return error(422, f"the problem: {describe(exc, Problem)}")
        if problem.id in bank_ids() or not store.add_problem(problem.id, data):
            return error(409, f"problem {problem.id} exists already: choose another id")
        return JSONResponse(public(problem, "posted"), status_code=201)

    @app.get("/v1/problems", summary="The bank and the posted problems")
    def list_problems() -> Response:
        posted = store.problems()
        listed = [public(load_problem(problem_id), "bank") for problem_id in bank_ids()]
        listed += [public(Problem.model_validate(body), "posted") for body in posted.values()]
        return JSONResponse([{key: value for key, value in item.items() if key != "statement"} for item in listed])

    @app.get("/v1/problems/{problem_id}", summary="One problem: statement, languages, limits, test names")
    def get_problem(problem_id: str) -> Response:
        try:
            problem = service.problem(problem_id)
        except VlmedgeError as exc:
            return error(404, str(exc))
        return JSONResponse(public(problem, "bank" if problem_id in bank_ids() else "posted"))

    @app.get("/healthz", summary="Alive")
    def healthz() -> Response:
        return JSONResponse({"status": "alive"})

    @app.get("/readyz", summary="Model loaded and warmed up")
    def readyz() -> Response:
        if not service.ready.is_set():
            return JSONResponse({"status": "loading"}, status_code=503)
        if service.failed_to_load:
            return JSONResponse({"status": "code only", "model_error": service.failed_to_load}, status_code=503)
        return JSONResponse({"status": "ready", "model": settings.model, "languages": list(LANGUAGES)})

    @app.get("/metrics", summary="Prometheus metrics (text format)")
    def prometheus() -> Response:
        return PlainTextResponse(generate_latest(metrics.registry).decode(),
                                 media_type="text/plain; version=0.0.4; charset=utf-8")

    @app.get("/", include_in_schema=False)
    def page() -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.exception_handler(404)
    async def _not_found(request: Request, exc: Exception) -> Response:
        return error(404, f"{request.url.path[:80]} is not a route: see /docs")

    @app.exception_handler(405)
    async def _not_allowed(request: Request, exc: Exception) -> Response:
        return error(405, f"{request.method} is not allowed on {request.url.path[:80]}: see /docs")

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(part) for part in first.get("loc", ()))
        return error(422, f"{where}: {first.get('msg', 'invalid')}".strip(": "))

    return app
