"""Submissions and posted problems in a database through SQLAlchemy: SQLite (a file) by default, PostgreSQL for
several replicas behind a load balancer. A submission is written before grading starts (queued -> running ->
done | failed with a reason), with what it needs to be graded again, so a crash loses nothing."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text, create_engine, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from vlmedge.errors import VlmedgeError

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


def now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Submission(Base):
    __tablename__ = "submissions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    problem: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(8), index=True)
    reason: Mapped[str | None] = mapped_column(Text)  # why it failed
    code: Mapped[str | None] = mapped_column(Text)  # as sent, when code was sent
    image: Mapped[bytes | None] = mapped_column(LargeBinary)  # as sent, when a screenshot was sent
    image_sha256: Mapped[str | None] = mapped_column(String(64))
    callback_url: Mapped[str | None] = mapped_column(Text)
    replica: Mapped[str] = mapped_column(String(128), index=True)  # the server that took it (and recovers it)
    result: Mapped[str | None] = mapped_column(Text)  # the `vlmedge grade --json` object
    score: Mapped[float | None]
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    def as_dict(self) -> dict[str, Any]:
        result = json.loads(self.result) if self.result else None
        return {"id": self.id, "problem": self.problem, "language": self.language, "status": self.status,
                "reason": self.reason, "score": self.score, "created_at": self.created_at.isoformat(),
                "finished_at": self.finished_at.isoformat() if self.finished_at else None, "result": result,
                "image_sha256": self.image_sha256}


class PostedProblem(Base):
    __tablename__ = "problems"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[str] = mapped_column(Text)  # the problem as JSON (the YAML schema's fields)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Store:
    """The database, one engine per process; each call is its own short transaction."""

    def __init__(self, url: str) -> None:
        try:
            self.engine: Engine = create_engine(url, pool_pre_ping=True,
                                                **({"connect_args": {"check_same_thread": False, "timeout": 30}}
                                                   if url.startswith("sqlite") else {}))
            Base.metadata.create_all(self.engine)
        except Exception as exc:  # noqa: BLE001 - drivers raise their own types; the message says which
            raise VlmedgeError(f"--db {url} cannot be opened ({type(exc).__name__}: "
                               f"{str(exc).splitlines()[0][:160]}): give sqlite:///PATH or a reachable "
                               "postgresql+psycopg://USER@HOST/DB") from None
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def add(self, problem: str, language: str | None, code: str | None, image: bytes | None,
            image_sha256: str | None, callback_url: str | None, replica: str) -> Submission:
        submission = Submission(id=str(uuid.uuid4()), problem=problem, language=language, status=QUEUED,
                                code=code, image=image, image_sha256=image_sha256, callback_url=callback_url,
                                replica=replica, created_at=now(), attempts=0)
        with self.sessions.begin() as session:
            session.add(submission)
        return submission

    def get(self, submission_id: str) -> Submission | None:
        with self.sessions() as session:
            return session.get(Submission, submission_id)

    def history(self, problem: str | None, limit: int) -> list[Submission]:
        query = select(Submission).order_by(Submission.created_at.desc()).limit(limit)
        if problem:
            query = query.where(Submission.problem == problem)
        with self.sessions() as session:
            return list(session.scalars(query))

    def start(self, submission_id: str) -> bool:
        """queued -> running; False when it is not queued (another worker took it)."""
        with self.sessions.begin() as session:
            changed = session.execute(update(Submission).where(Submission.id == submission_id,
                                                               Submission.status == QUEUED)
                                      .values(status=RUNNING, attempts=Submission.attempts + 1))
            return changed.rowcount == 1  # type: ignore[attr-defined]

    def finish(self, submission_id: str, result: dict[str, Any]) -> None:
        with self.sessions.begin() as session:
            session.execute(update(Submission).where(Submission.id == submission_id).values(
                status=DONE, result=json.dumps(result, ensure_ascii=False), score=result["score"],
                language=result["language"], finished_at=now(), image=None))

    def fail(self, submission_id: str, reason: str) -> None:
        with self.sessions.begin() as session:
            session.execute(update(Submission).where(Submission.id == submission_id).values(
                status=FAILED, reason=reason, finished_at=now()))

    def unfinished(self, replica: str) -> list[Submission]:
        """This replica's submissions a crash interrupted: queued or running, oldest first."""
        with self.sessions() as session:
            return list(session.scalars(select(Submission).where(
                Submission.replica == replica, Submission.status.in_((QUEUED, RUNNING)))
                .order_by(Submission.created_at)))

    def requeue(self, submission_id: str) -> None:
        with self.sessions.begin() as session:
            session.execute(update(Submission).where(Submission.id == submission_id).values(status=QUEUED))

    def add_problem(self, problem_id: str, body: dict[str, Any]) -> bool:
        """False when a problem with this id was posted already."""
        with self.sessions.begin() as session:
            if session.get(PostedProblem, problem_id) is not None:
                return False
            session.add(PostedProblem(id=problem_id, body=json.dumps(body), created_at=now()))
            return True

    def problems(self) -> dict[str, dict[str, Any]]:
        with self.sessions() as session:
            return {row.id: json.loads(row.body) for row in session.scalars(select(PostedProblem))}
