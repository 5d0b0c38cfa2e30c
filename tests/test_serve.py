"""The grading service as clients meet it: real `vlmedge serve` processes on 127.0.0.1, real HTTP, a real SQLite
file and a real PostgreSQL cluster, a real browser, kill -9 in the middle of grading."""

from __future__ import annotations

import base64
import http.server
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
from conftest import free_port
from PIL import Image
from rapidfuzz.distance import Levenshtein

from vlmedge.calibration.render import RenderSpec, render
from vlmedge.evaluate.metrics import cer
from vlmedge.grader.problem import BANK_DIR, bank_ids
from vlmedge.grader.sandbox import available

pytestmark = pytest.mark.skipif(available() is not None, reason=f"no sandbox here: {available()}")
REFERENCE = (BANK_DIR / "fibonacci" / "solutions" / "reference.py").read_text()
SLOW = "import time\ntime.sleep(1)\n" + REFERENCE  # every test waits a second: submissions pile up


class Server:
    """`vlmedge serve` in its own process, on a free port."""

    def __init__(self, folder: Path, *args: str, db: str | None = None, replica: str = "a") -> None:
        self.port = free_port()
        self.folder = folder
        self.db = db or f"sqlite:///{folder / 'vlmedge.db'}"
        self.args = ["--db", self.db, "--replica", replica, *args]
        self.process: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        self.port = self.port if self.process is None else self.port
        log = (self.folder / f"serve-{self.port}.log").open("a")
        self.process = subprocess.Popen([sys.executable, "-m", "vlmedge.cli", "serve", "--port", str(self.port),
                                         *self.args], stdout=log, stderr=log)
        deadline = time.time() + 180
        while time.time() < deadline:
            try:
                if httpx.get(self.url("/readyz"), timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            assert self.process.poll() is None, (self.folder / f"serve-{self.port}.log").read_text()[-2000:]
            time.sleep(0.3)
        pytest.fail("the server never became ready")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("serve"), "--workers", "2")
    yield running
    running.stop()


def screenshot(code: str) -> bytes:
    image = render(code, "python", RenderSpec("default", "dejavu-sans-mono", 16))
    data = io.BytesIO()
    image.save(data, format="PNG")
    return data.getvalue()


def grade(server: Server, body: dict[str, Any], wait: bool = True, **headers: str) -> httpx.Response:
    return httpx.post(server.url(f"/v1/grade?wait={str(wait).lower()}"), json=body, headers=headers, timeout=300)


def until_finished(server: Server, submission_id: str, patience_s: float = 120) -> dict[str, Any]:
    deadline = time.time() + patience_s
    while time.time() < deadline:
        found = httpx.get(server.url(f"/v1/submissions/{submission_id}")).json()
        if found["status"] in ("done", "failed"):
            return found
        time.sleep(0.3)
    raise AssertionError(f"{submission_id} never finished")


def test_the_api(server: Server) -> None:
    problems = httpx.get(server.url("/v1/problems")).json()
    assert len(problems) >= 24 and {"id", "title", "languages", "tests"} <= set(problems[0])
    shown = httpx.get(server.url("/v1/problems/fibonacci")).json()
    assert shown["statement"] and all(set(test) == {"name", "weight"} for test in shown["tests"])  # no answers

    code = grade(server, {"problem": "fibonacci", "code": REFERENCE})
    assert code.status_code == 200 and code.json()["score"] == 1.0 and code.json()["status"] == "done"
    assert {"id", "language", "code", "passed", "total", "tests", "feedback", "timings"} <= set(code.json())

    png = screenshot(REFERENCE)
    as_base64 = grade(server, {"problem": "fibonacci", "language": "python",
                               "image": base64.b64encode(png).decode()})
    assert as_base64.status_code == 200 and as_base64.json()["transcribed"] is True
    multipart = httpx.post(server.url("/v1/grade"), data={"problem": "fibonacci", "language": "python"},
                           files={"image": ("shot.png", png, "image/png")}, timeout=300)
    assert multipart.status_code == 200 and multipart.json()["code"] == as_base64.json()["code"]
    assert multipart.json()["timings"]["transcribe_ms"] < as_base64.json()["timings"]["transcribe_ms"]  # cached

    queued = grade(server, {"problem": "fibonacci", "code": REFERENCE}, wait=False)
    assert queued.status_code == 202 and queued.headers["location"] == f"/v1/submissions/{queued.json()['id']}"
    assert until_finished(server, queued.json()["id"])["score"] == 1.0

    history = httpx.get(server.url("/v1/submissions?problem=fibonacci&limit=3")).json()
    assert [row["id"] for row in history][0] == queued.json()["id"] and len(history) == 3
    assert all(row["problem"] == "fibonacci" for row in history)

    posted = {"id": "double-it", "title": "Double it", "statement": "Print twice the integer read.",
              "languages": ["python"], "tests": [{"name": "one", "stdin": "21\n", "stdout": "42\n"}]}
    created = httpx.post(server.url("/v1/problems"), json=posted)
    assert created.status_code == 201 and created.json()["source"] == "posted"
    assert httpx.post(server.url("/v1/problems"), json=posted).status_code == 409
    solved = grade(server, {"problem": "double-it", "code": "print(2 * int(input()))\n"})
    assert solved.json()["score"] == 1.0
    assert any(row["id"] == "double-it" for row in httpx.get(server.url("/v1/problems")).json())

    metrics = httpx.get(server.url("/metrics")).text
    for needle in ('vlmedge_requests_total{method="POST",route="/v1/grade",status="200"}',
                   'vlmedge_transcription_cache_total{result="hit"} 1.0', 'vlmedge_verdicts_total{verdict="AC"}',
                   "vlmedge_queue_depth", "vlmedge_request_seconds_bucket"):
        assert needle in metrics, needle
    assert "/v1/grade" in httpx.get(server.url("/openapi.json")).json()["paths"]
    assert httpx.get(server.url("/docs")).status_code == 200


def test_a_callback_gets_the_result(server: Server) -> None:
    received: list[dict] = []

    class Hook(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server protocol
            received.append(json.loads(self.rfile.read(int(self.headers["content-length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    hook = http.server.HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    answer = grade(server, {"problem": "fibonacci", "code": REFERENCE,
                            "callback_url": f"http://127.0.0.1:{hook.server_port}/lms"}, wait=False)
    deadline = time.time() + 60
    while not received and time.time() < deadline:
        time.sleep(0.2)
    hook.shutdown()
    assert received and received[0]["id"] == answer.json()["id"] and received[0]["status"] == "done"
    assert received[0]["result"]["score"] == 1.0


def test_a_token_guards_writes_and_any_other_address(tmp_path: Path) -> None:
    refused = subprocess.run([sys.executable, "-m", "vlmedge.cli", "serve", "--host", "0.0.0.0", "--port",
                              str(free_port()), "--db", f"sqlite:///{tmp_path / 'x.db'}"],
                             capture_output=True, text=True, timeout=60, env={**os.environ, "VLMEDGE_TOKEN": ""})
    assert refused.returncode == 2 and "is not loopback: give --token" in refused.stderr
    guarded = Server(tmp_path, "--token", "s3cret", "--model", "tesseract")
    try:
        body = {"problem": "fibonacci", "code": REFERENCE}
        assert grade(guarded, body).status_code == 401
        for bad in ("Bearer wrong", "Bearer", "bearer s3cret", "Basic czNjcmV0", "Bearer  s3cret", "Bearer s3cre",
                    "s3cret", "Bearer s3cretX", "Token s3cret", "Bearer S3CRET"):
            refused = grade(guarded, body, Authorization=bad)
            assert refused.status_code == 401 and "Authorization: Bearer" in refused.json()["error"], bad
        assert grade(guarded, body, Authorization="Bearer s3cret").json()["score"] == 1.0
        assert httpx.post(guarded.url("/v1/problems"), json={}).status_code == 401
        assert httpx.get(guarded.url("/v1/submissions")).status_code == 200  # reads stay open
    finally:
        guarded.stop()


def test_a_full_queue_answers_429_never_a_hang(tmp_path: Path) -> None:
    busy = Server(tmp_path, "--workers", "1", "--queue", "2", "--model", "tesseract")
    try:
        answers = [grade(busy, {"problem": "fibonacci", "code": SLOW}, wait=False) for _ in range(8)]
        codes = [answer.status_code for answer in answers]
        assert 429 in codes and set(codes) <= {202, 429}, codes
        refused = next(answer for answer in answers if answer.status_code == 429)
        assert refused.headers["retry-after"] == "5" and "queue is full" in refused.json()["error"]
        for answer in answers:
            if answer.status_code == 202:
                assert until_finished(busy, answer.json()["id"])["status"] == "done"
    finally:
        busy.stop()


def fuzz_requests() -> list[tuple[str, dict[str, Any]]]:
    """(what, httpx.request keyword arguments): every one of them bad."""
    png = screenshot("x = 1\n")
    bomb = io.BytesIO()
    Image.new("1", (40000, 40000)).save(bomb, format="PNG", optimize=True)
    images = {"corrupt": png[:40] + b"\x00" * 200 + png[240:], "truncated": png[: len(png) // 2], "empty": b"",
              "text": b"print('hello')", "gif-header": b"GIF89a\x01\x00\x01\x00", "bomb": bomb.getvalue(),
              "zeros": bytes(5000), "jpeg-header": b"\xff\xd8\xff\xe0" + bytes(100)}
    cases: list[tuple[str, dict[str, Any]]] = []
    rng = random.Random(0)  # seeded: the same requests every run
    images.update({f"random {index}": rng.randbytes(rng.randint(1, 4000)) for index in range(12)})
    images.update({f"png cut at {cut}": png[:cut] for cut in rng.sample(range(8, len(png) - 1), 12)})
    for index in range(12):
        mutated = bytearray(png)
        for _ in range(20):
            mutated[rng.randrange(16, len(mutated))] = rng.randrange(256)  # keeps the signature, breaks the data
        images[f"png with flipped bytes {index}"] = bytes(mutated)
    for name, data in images.items():
        for problem, wait in (("fibonacci", "true"), ("two-sum", "false")):
            cases.append((f"{name} image, multipart", {"method": "POST", "url": f"/v1/grade?wait={wait}", "data": {
                "problem": problem, "language": "python"}, "files": {"image": ("x.png", data, "image/png")}}))
            cases.append((f"{name} image, base64", {"method": "POST", "url": f"/v1/grade?wait={wait}", "json": {
                "problem": problem, "image": base64.b64encode(data).decode()}}))
    bodies = [b"", b"{", b"[]", b"null", b"42", b'"x"', b'{"problem": 1}', b'{"problem": null, "code": "x"}',
              b'{"problem": "fibonacci", "code": 7}', b'{"problem": "fibonacci", "code": "x", "image": "aGk="}',
              b'{"problem": "fibonacci", "extra": 1, "code": "x"}', b'{"problem": "fibonacci", "image": "%%%"}',
              "{\"problem\": \"fibonacci\", \"code\": \"\\ud800\"}".encode(), b"\xff\xfe\x00garbage",
              b'{"problem": "fibonacci", "code": "x", "callback_url": "ftp://x"}',
              b'{"problem": "' + b"a" * 5000 + b'"}']
    bodies += [rng.randbytes(rng.randint(0, 300)) for _ in range(12)]
    for index, body in enumerate(bodies):
        for kind in ("application/json", "application/json; charset=utf-8"):
            cases.append((f"malformed JSON {index} ({kind})", {"method": "POST", "url": "/v1/grade", "content": body,
                                                               "headers": {"content-type": kind}}))
    for problem, language in (("no-such-problem", "python"), ("fibonacci", "cobol"), ("fibonacci", "Python"),
                              ("../../etc/passwd", "python"), ("fibonacci", ""), ("", "python")):
        for wait in ("true", "false"):
            cases.append((f"unknown {problem}/{language}", {"method": "POST", "url": f"/v1/grade?wait={wait}",
                                                             "json": {"problem": problem, "language": language,
                                                                      "code": REFERENCE}}))
    for size in (64 * 1024 + 1, 200_000, 1_000_000):
        cases.append((f"code of {size} bytes", {"method": "POST", "url": "/v1/grade",
                                                "json": {"problem": "fibonacci", "code": "#" * size}}))
    for size in (11 << 20, 30 << 20):
        cases.append((f"body of {size} bytes", {"method": "POST", "url": "/v1/grade", "content": b"{" + b" " * size,
                                                "headers": {"content-type": "application/json"}}))
    multipart_bodies = [b"--x\r\nContent-Disposition: form-data\r\n\r\nbroken", b"not multipart at all", b""]
    for index, body in enumerate(multipart_bodies):
        for boundary in ("x", "", "--"):
            cases.append((f"malformed multipart {index}", {"method": "POST", "url": "/v1/grade", "content": body,
                                                           "headers": {"content-type":
                                                                       f"multipart/form-data; boundary={boundary}"}}))
    cases.append(("multipart, image as text", {"method": "POST", "url": "/v1/grade",
                                                "data": {"problem": "fibonacci", "image": "hello"}}))
    cases.append(("multipart, unknown field", {"method": "POST", "url": "/v1/grade",
                                                "data": {"problem": "fibonacci", "code": "x", "pwn": "1"}}))
    for kind in ("text/plain", "application/xml", "", "application/x-www-form-urlencoded"):
        cases.append((f"content type {kind!r}", {"method": "POST", "url": "/v1/grade", "content": b"problem=x",
                                                 "headers": {"content-type": kind} if kind else {}}))
    for path in ("/v1/submissions/nope", "/v1/submissions/" + "x" * 400, "/v1/problems/nope", "/v2/grade",
                 "/v1/submissions?limit=0", "/v1/submissions?limit=999", "/v1/submissions?limit=abc", "/etc/passwd"):
        cases.append((f"GET {path[:40]}", {"method": "GET", "url": path}))
    for method in ("PUT", "DELETE", "PATCH"):
        cases.append((f"{method} /v1/grade", {"method": method, "url": "/v1/grade"}))
    problem_bodies = [{}, {"id": "Bad Id", "title": "t", "statement": "s", "tests": [{"name": "a", "stdout": "1"}]},
                      {"id": "ok-id", "title": "t", "statement": "s", "tests": []},
                      {"id": "fibonacci", "title": "t", "statement": "s", "tests": [{"name": "a", "stdout": "1"}]},
                      {"id": "ok-id2", "title": "t", "statement": "s", "checker": "fuzzy",
                       "tests": [{"name": "a", "stdout": "1"}]}]
    for body in problem_bodies:
        cases.append(("bad problem", {"method": "POST", "url": "/v1/problems", "json": body}))
    cases.append(("problem, not JSON", {"method": "POST", "url": "/v1/problems", "content": b"id: x",
                                        "headers": {"content-type": "application/json"}}))
    return cases


def test_two_hundred_bad_requests_get_4xx_and_the_server_stays_healthy(server: Server) -> None:
    cases = fuzz_requests()
    assert len(cases) >= 200
    with httpx.Client(base_url=server.url(""), timeout=120) as client:
        for what, request in cases:
            request = dict(request)
            answer = client.request(request.pop("method"), request.pop("url"), **request)
            assert 400 <= answer.status_code < 500, (what, answer.status_code, answer.text[:300])
            reason = answer.json()["error"]
            assert isinstance(reason, str) and "\n" not in reason and reason, what
        assert client.get("/healthz").json() == {"status": "alive"}
        assert client.post("/v1/grade", json={"problem": "fibonacci", "code": REFERENCE}).json()["score"] == 1.0


def test_kill_9_in_the_middle_loses_no_submission(tmp_path: Path) -> None:
    first = Server(tmp_path, "--workers", "1", "--model", "tesseract", replica="r1")
    accepted = [grade(first, {"problem": "fibonacci", "code": SLOW}, wait=False).json()["id"] for _ in range(5)]
    time.sleep(2.5)  # one finished, one running, three queued
    first.stop(signal.SIGKILL)
    again = Server(tmp_path, "--workers", "1", "--model", "tesseract", replica="r1")  # same database, same replica
    try:
        finished = [until_finished(again, submission_id, patience_s=180) for submission_id in accepted]
        assert [row["status"] for row in finished] == ["done"] * 5, finished
        assert all(row["score"] == 1.0 for row in finished)
    finally:
        again.stop()


@pytest.fixture
def postgres(tmp_path: Path) -> Iterator[str]:
    """A throwaway PostgreSQL 15 cluster on a free port, as the postgres user."""
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not binaries or shutil.which("runuser") is None:
        pytest.skip("PostgreSQL is not installed (make setup installs it)")
    bin_dir = binaries[-1]
    data = Path(tempfile.mkdtemp(prefix="vlmedge-pg-"))  # pytest's folders are 0700: postgres could not enter
    shutil.chown(data, "postgres")
    port = free_port()
    as_postgres = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*as_postgres, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
                   check=True, capture_output=True)
    subprocess.run([*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(data / "log"), "-w", "-o",
                    f"-p {port} -k {data} -c listen_addresses=127.0.0.1", "start"], check=True, capture_output=True)
    try:
        subprocess.run([*as_postgres, str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "vlmedge"],
                       check=True, capture_output=True)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/vlmedge"
    finally:
        subprocess.run([*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def test_two_replicas_share_one_postgresql_database(postgres: str, tmp_path: Path) -> None:
    one = Server(tmp_path, "--model", "tesseract", db=postgres, replica="one")
    two = Server(tmp_path, "--model", "tesseract", db=postgres, replica="two")
    try:
        first = grade(one, {"problem": "fibonacci", "code": REFERENCE}).json()
        second = grade(two, {"problem": "two-sum", "code": "print(1)\n"}).json()
        assert first["score"] == 1.0 and second["score"] < 1.0
        for server in (one, two):
            seen = {row["id"] for row in httpx.get(server.url("/v1/submissions?limit=10")).json()}
            assert {first["id"], second["id"]} <= seen
        assert httpx.get(two.url(f"/v1/submissions/{first['id']}")).json()["result"]["score"] == 1.0
    finally:
        one.stop()
        two.stop()


def test_the_web_page_in_a_real_browser(server: Server, tmp_path: Path) -> None:
    if shutil.which("chromium") is None or shutil.which("chromedriver") is None:
        pytest.skip("chromium and chromium-driver are not installed (make setup installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        browser.get(server.url("/"))
        wait = WebDriverWait(browser, 180)
        wait.until(lambda page: len(page.find_elements(By.CSS_SELECTOR, "#problem option")) >= len(bank_ids()))
        Select(browser.find_element(By.ID, "problem")).select_by_value("fibonacci")
        wait.until(lambda page: page.find_element(By.ID, "title").text == "Fibonacci numbers" or
                   "fibonacci" in page.find_element(By.ID, "statement").text.lower())
        shot = tmp_path / "fibonacci.png"
        shot.write_bytes(screenshot(REFERENCE))
        browser.find_element(By.ID, "file").send_keys(str(shot))
        Select(browser.find_element(By.ID, "language")).select_by_value("python")
        browser.find_element(By.ID, "grade").click()
        wait.until(lambda page: page.find_element(By.ID, "score").get_attribute("data-score") is not None)
        score = float(browser.find_element(By.ID, "score").get_attribute("data-score"))
        code = browser.find_element(By.ID, "code").get_attribute("value")
        # The page shows the server's transcription of this screenshot (the model misreads a word here and there:
        # a check on one word tested the model, not the page).
        latest = httpx.get(server.url("/v1/submissions?problem=fibonacci&limit=1")).json()[0]
        stored = httpx.get(server.url(f"/v1/submissions/{latest['id']}")).json()["result"]
        assert 0.0 <= score <= 1.0 and code == stored["code"] and stored["score"] == score
        assert cer(REFERENCE, code) < 0.3
        assert browser.find_elements(By.CSS_SELECTOR, "#tests tr") and browser.find_elements(By.CSS_SELECTOR,
                                                                                              "#history tr")
        # Edit the transcription back to the real code and grade it again: full score.
        box = browser.find_element(By.ID, "code")
        browser.execute_script("arguments[0].value = arguments[1];", box, REFERENCE)
        browser.find_element(By.ID, "regrade").click()
        wait.until(lambda page: page.find_element(By.ID, "score").get_attribute("data-score") == "1")
        browser.save_screenshot(str(tmp_path / "page.png"))
        artifacts = os.environ.get("VLMEDGE_TEST_ARTIFACTS")
        if artifacts:
            Path(artifacts).mkdir(parents=True, exist_ok=True)
            shutil.copy(tmp_path / "page.png", Path(artifacts) / "serve-page.png")
        assert (tmp_path / "page.png").stat().st_size > 10_000
        print(f"page screenshot: {tmp_path / 'page.png'}")
    finally:
        browser.quit()


def test_a_model_behind_an_openai_compatible_server(served: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = served
    remote = Server(tmp_path, "--model", f"{base}?reading=rows:8")
    try:
        answer = httpx.post(remote.url("/v1/grade"), data={"problem": "fibonacci", "language": "python"},
                            files={"image": ("shot.png", screenshot(REFERENCE), "image/png")}, timeout=300).json()
        # The remote model's reading came through: the code read is the screenshot's, up to the tiny model's
        # misreadings (a word or two; an empty or foreign reading is far below this).
        assert answer["status"] == "done" and answer["transcribed"]
        assert Levenshtein.normalized_similarity(answer["code"], REFERENCE.strip()) >= 0.7
    finally:
        remote.stop()
