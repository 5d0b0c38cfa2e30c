"""Prometheus metrics of the service (prometheus_client, text format at /metrics): requests and latency by route
and status, transcription cache hits, verdicts, submissions, queue depth."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("vlmedge_requests", "HTTP requests", ["route", "method", "status"],
                                registry=self.registry)
        self.latency = Histogram("vlmedge_request_seconds", "HTTP request latency", ["route", "method"],
                                 buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
                                 registry=self.registry)
        self.cache = Counter("vlmedge_transcription_cache", "Screenshot readings by cache result", ["result"],
                             registry=self.registry)
        self.verdicts = Counter("vlmedge_verdicts", "Test verdicts given", ["verdict"], registry=self.registry)
        self.submissions = Counter("vlmedge_submissions", "Submissions finished", ["status"],
                                   registry=self.registry)
        self.queue_depth = Gauge("vlmedge_queue_depth", "Submissions waiting to be graded", registry=self.registry)
