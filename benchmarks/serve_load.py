"""The grading service under load on loopback: N concurrent clients for T seconds, each sending, one after
another, a bank reference as code (a random problem and language) or one of a few screenshots (read once, then
from the transcription cache), waiting for the result. Reports answers by status (anything but 200, 202 and
429 is an error), latency percentiles of graded requests, gradings per second, and the server's peak RSS.

Run: `python benchmarks/serve_load.py [--clients 50] [--seconds 60] [--model default]` (as root).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from vlmedge.calibration.render import RenderSpec, render
from vlmedge.grader.executors import all_executors
from vlmedge.grader.problem import BANK_DIR, bank_ids

FAST_LANGUAGES = ("python", "c", "javascript", "ruby", "php", "go")  # compile in well under a second


def submissions(rng: random.Random) -> tuple[list[dict], list[dict]]:
    code, images = [], []
    suffixes = {name: Path(executor.source_file).suffix for name, executor in all_executors().items()}
    for problem in bank_ids():
        for language in FAST_LANGUAGES:
            path = BANK_DIR / problem / "solutions" / f"reference{suffixes[language]}"
            code.append({"problem": problem, "language": language, "code": path.read_text()})
    for problem in rng.sample(bank_ids(), 3):
        text = (BANK_DIR / problem / "solutions" / "reference.py").read_text()
        png = io.BytesIO()
        render(text, "python", RenderSpec("default", "dejavu-sans-mono", 16)).save(png, format="PNG")
        images.append({"problem": problem, "language": "python", "image": base64.b64encode(png.getvalue()).decode()})
    return code, images


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def client(base: str, until: float, rng: random.Random, code: list[dict], images: list[dict],
                 statuses: Counter, latencies: list[float], graded: list[float]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=600) as session:
        while time.time() < until:
            body = rng.choice(images) if rng.random() < 0.3 else rng.choice(code)
            began = time.perf_counter()
            try:
                answer = await session.post("/v1/grade", json=body)
                statuses[answer.status_code] += 1
                if answer.status_code == 200:
                    latencies.append(time.perf_counter() - began)
                    graded.append(time.time())
                elif answer.status_code == 429:
                    await asyncio.sleep(float(answer.headers.get("retry-after", "1")) * rng.random())
            except httpx.HTTPError as exc:
                statuses[type(exc).__name__] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--model", default="default")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--queue", type=int, default=64)
    parser.add_argument("--out", type=Path, default=Path("runs/bench/serve_load.json"))
    args = parser.parse_args()
    rng = random.Random(0)
    code, images = submissions(rng)
    folder = Path(tempfile.mkdtemp(prefix="vlmedge-load-"))
    port = 18000 + rng.randrange(1000)
    server = subprocess.Popen([sys.executable, "-m", "vlmedge.cli", "serve", "--port", str(port), "--model",
                               args.model, "--workers", str(args.workers), "--queue", str(args.queue),
                               "--db", f"sqlite:///{folder / 'load.db'}"],
                              stdout=(folder / "server.log").open("w"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None:
                raise SystemExit((folder / "server.log").read_text()[-2000:])
            time.sleep(0.5)
        for body in images:  # "cached-image submissions": each screenshot read once before the timed window
            httpx.post(base + "/v1/grade", json=body, timeout=600).raise_for_status()
        rss_ready = peak_rss_mb(server.pid)
        statuses: Counter = Counter()
        latencies: list[float] = []
        graded: list[float] = []
        began = time.time()

        async def run() -> None:
            until = began + args.seconds
            await asyncio.gather(*(client(base, until, random.Random(index), code, images, statuses, latencies,
                                          graded) for index in range(args.clients)))

        asyncio.run(run())
        wall = time.time() - began
        metrics = httpx.get(base + "/metrics").text
        hits = next((float(line.split()[-1]) for line in metrics.splitlines()
                     if line.startswith('vlmedge_transcription_cache_total{result="hit"}')), 0.0)
        errors = {str(key): count for key, count in statuses.items() if key not in (200, 202, 429)}
        quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
        result = {
            "clients": args.clients, "seconds": round(wall, 1), "model": args.model, "workers": args.workers,
            "queue": args.queue,
            "statuses": {str(key): count for key, count in sorted(statuses.items(), key=str)}, "errors": errors,
            "graded": len(latencies), "gradings_per_s": round(len(latencies) / wall, 2),
            "latency_s": {"p50": round(quantiles[49], 2), "p95": round(quantiles[94], 2),
                          "p99": round(quantiles[98], 2)},
            "cache_hits": hits, "server_rss_mb": {"ready": round(rss_ready, 1),
                                                  "peak": round(peak_rss_mb(server.pid), 1)},
            "cpus": os.cpu_count(), "load_average": list(os.getloadavg())}
        print(json.dumps(result, indent=1))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
