"""Running untrusted code: every compile and every run as an unprivileged uid, in its own namespaces, with
rlimits, a wall clock, an output cap, and nothing of it left running afterwards.

The recipe is the one that held on these machines (../shared/research/assets.md §3): `prlimit` sets the rlimits,
`setpriv` drops to a uid of our pool *before* the sandbox (started as root, bwrap's in-namespace uid is host root,
which ignores RLIMIT_NPROC: a fork bomb got all its forks), then bubblewrap unshares every namespace (no network,
own PIDs), mounts /usr read-only, the run's folder at /box and nothing else of the host. Started as a user that
cannot switch uids, vlmedge refuses to run code rather than run it less contained.

Each run gets a uid of its own from a pool, so RLIMIT_NPROC (counted per uid) and file ownership never mix two
runs. Killing bwrap kills the sandbox's PID namespace with it (`--die-with-parent`), daemons included.

CPU time and peak memory come from the kernel's accounting of the program, which it cannot forge. bwrap's own
init reports the program's exit without being reaped, which hid its usage, so GNU time is the namespace's PID 1
(`--as-pid-1`) and waits for the program; bwrap then reaps a process whose usage holds the program's. A second
GNU time, outside the sandbox, waits for bwrap and writes that usage to a file in a folder the program never
sees. It stands between vlmedge and the sandbox because a process started from vlmedge directly carries
vlmedge's own peak memory into its peak (the kernel keeps the larger), which in the grading service with a
model loaded would make every run look like a memory hog.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from vlmedge.errors import VlmedgeError

BOX = "/box"  # where the run's folder appears inside the sandbox
UID_BASE, UID_POOL = 61000, 64  # uids 61000..61063: none of them is a real account on a Debian machine
# /etc entries toolchains read (alternatives: java, javac and friends are links there; jvm.cfg; mono's config;
# php.ini). Nothing else of /etc is visible, /etc/shadow and /etc/passwd included.
ETC_BINDS = ("alternatives", "java-17-openjdk", "mono", "php", "ld.so.cache", "ssl/certs")
TOOLS = ("bwrap", "setpriv", "prlimit", "time")  # Debian: bubblewrap, util-linux, time
OUTPUT_READ_BYTES = 1 << 20  # what is read back of stdout/stderr for checking and feedback
# Refused with EPERM by a seccomp filter (libseccomp through pyseccomp, handed to bwrap): tracing or reading other
# processes (the sandbox's PID 1 shares the program's uid), kernel keyrings, eBPF, perf, userfaultfd, io_uring
# (isolate filters these for the same reasons: shared kernel state outside the namespaces), and module, mount and
# machine-wide calls.
BLOCKED_SYSCALLS = ("ptrace", "process_vm_readv", "process_vm_writev", "keyctl", "add_key", "request_key", "bpf",
                    "perf_event_open", "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register",
                    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "mount",
                    "umount2", "pivot_root", "setns", "swapon", "swapoff", "reboot", "acct", "syslog",
                    "lookup_dcookie", "quotactl")


@dataclass(frozen=True)
class Limits:
    cpu_s: float  # CPU seconds (RLIMIT_CPU: SIGXCPU at the next second, SIGKILL one after)
    wall_s: float  # wall clock, for programs that sleep or block
    address_space_mb: int | None  # RLIMIT_AS; None for runtimes bounded by their own flags (the JVM)
    processes: int = 64  # RLIMIT_NPROC of the run's own uid: threads count
    file_mb: int = 16  # RLIMIT_FSIZE: the largest file, stdout included (SIGXFSZ past it)
    open_files: int = 64
    writable: bool = False  # the run's folder is writable (compiling), else read-only


@dataclass(frozen=True)
class RunResult:
    exit_code: int | None  # None when killed by a signal
    signal: int | None
    cpu_ms: float
    wall_ms: float
    peak_rss_kb: int
    stdout: str
    stderr: str
    stdout_bytes: int
    timed_out: bool  # killed by us at the wall clock

    @property
    def signal_name(self) -> str:
        return signal.Signals(self.signal).name if self.signal else ""


def available() -> str | None:
    """Why code cannot be run here, or None when it can."""
    if os.geteuid() != 0:
        return ("running code needs root to switch to the sandbox's unprivileged uids (setpriv); run the grader "
                "as root, e.g. in its container")
    missing = [tool for tool in TOOLS if shutil.which(tool, path="/usr/bin:/bin") is None]
    if missing:
        return f"{', '.join(missing)} missing: apt-get install bubblewrap util-linux time (or `make setup`)"
    return None


class _UidPool:
    """A uid per run, across every process on the machine that grades (CLI runs, service workers): a uid is
    taken by an exclusive flock on its lock file, which the kernel drops if the holder dies."""

    def __init__(self) -> None:
        self._locks: Path | None = None

    def _folder(self) -> Path:
        if self._locks is None:
            folder = Path("/run/vlmedge-sandbox") if Path("/run").is_dir() else Path("/tmp/vlmedge-sandbox-root")
            folder.mkdir(mode=0o700, exist_ok=True)
            info = folder.stat()
            if info.st_uid != 0 or info.st_mode & 0o077:
                raise VlmedgeError(f"{folder} must belong to root with mode 700 (it holds the sandbox's uid locks): "
                                   f"remove it and grade again")
            self._locks = folder
        return self._locks

    @contextmanager
    def take(self) -> Iterator[int]:
        folder = self._folder()
        while True:
            for uid in range(UID_BASE, UID_BASE + UID_POOL):
                handle = open(folder / f"{uid}.lock", "a")
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    handle.close()
                    continue
                try:
                    _kill_uid(uid)  # what a holder that died left behind
                    yield uid
                finally:
                    _kill_uid(uid)  # belt and braces: the PID namespace already took every process with it
                    handle.close()  # releases the lock
                return
            time.sleep(0.02)  # every uid busy: as many runs as the pool has are going on


_POOL = _UidPool()


def live_processes(uid: int) -> list[int]:
    """Processes whose real uid is `uid`, zombies aside (a zombie holds nothing; its reaper removes it). Read from
    each process's status: its /proc folder belongs to root when it made itself non-dumpable."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = dict(line.split(":", 1) for line in Path(entry.path, "status").read_text().splitlines()
                          if line.startswith(("Uid:", "State:")))
        except (OSError, ValueError):  # it ended while we looked
            continue
        if fields.get("Uid", "").split()[:1] == [str(uid)] and not fields.get("State", "").strip().startswith("Z"):
            found.append(int(entry.name))
    return found


@lru_cache(maxsize=1)
def seccomp_filter() -> bytes:
    """The BPF program of BLOCKED_SYSCALLS, built once."""
    import pyseccomp

    rules = pyseccomp.SyscallFilter(pyseccomp.ALLOW)
    for name in BLOCKED_SYSCALLS:
        rules.add_rule(pyseccomp.ERRNO(errno.EPERM), name)
    with tempfile.TemporaryFile() as handle:
        rules.export_bpf(handle)
        handle.seek(0)
        return handle.read()


def _kill_uid(uid: int, patience_s: float = 10.0) -> None:
    """Every process of the run's uid killed and gone before the uid serves another run: a PID namespace's
    processes take a moment to die after bwrap does, and a next run must not share RLIMIT_NPROC with them."""
    deadline = time.monotonic() + patience_s
    while live_processes(uid):
        subprocess.run(["pkill", "-KILL", "-U", str(uid)], capture_output=True, check=False)
        if time.monotonic() > deadline:
            raise VlmedgeError(f"processes of sandbox uid {uid} survived {patience_s:g} s of SIGKILL: the sandbox "
                               "is broken, stop grading and look at `ps -u {uid}`")
        time.sleep(0.01)


def _command(argv: list[str], folder: Path, limits: Limits, uid: int, env: dict[str, str], seccomp_fd: int
             ) -> list[str]:
    cpu = max(1, int(limits.cpu_s + 0.999))
    rlimits = [f"--cpu={cpu}:{cpu + 1}", f"--nproc={limits.processes}", f"--fsize={limits.file_mb << 20}",
               f"--nofile={limits.open_files}", "--core=0"]
    if limits.address_space_mb:
        rlimits.append(f"--as={limits.address_space_mb << 20}")
    box = ["--bind" if limits.writable else "--ro-bind", str(folder), BOX]
    etc = [part for entry in ETC_BINDS if Path("/etc", entry).exists()
           for part in ("--ro-bind", f"/etc/{entry}", f"/etc/{entry}")]
    scratch = ["--tmpfs", "/tmp"] if limits.writable else []  # compilers want a /tmp; runs get none
    variables = [part for key, value in env.items() for part in ("--setenv", key, value)]
    return ["/usr/bin/prlimit", *rlimits, "--",
            "setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--inh-caps=-all", "--",
            "bwrap", "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session",
            "--cap-drop", "ALL", "--seccomp", str(seccomp_fd), "--as-pid-1",
            "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
            "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin", *etc,
            "--proc", "/proc", "--dev", "/dev", *scratch, *box, "--chdir", BOX, "--remount-ro", "/",
            "--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/tmp" if limits.writable else BOX,
            "--setenv", "LANG", "C.UTF-8", *variables, "--", "/usr/bin/time", "--quiet", "-o", "/dev/null", *argv]


def _read(path: Path) -> str:
    with open(path, "rb") as handle:
        return handle.read(OUTPUT_READ_BYTES).decode("utf-8", errors="replace")


def run(argv: list[str], folder: Path, limits: Limits, stdin: str = "", env: dict[str, str] | None = None
        ) -> RunResult:
    """Run `argv` in the sandbox with `folder` as its working directory (/box)."""
    reason = available()
    if reason:
        raise VlmedgeError(f"cannot run code: {reason}")
    with _POOL.take() as uid, tempfile.TemporaryDirectory(prefix="vlmedge-io-") as io_dir:
        io = Path(io_dir)  # outside the box: the program sees these only as its stdin, stdout and stderr
        (io / "in").write_text(stdin)
        if limits.writable:
            os.chown(folder, uid, uid)
        (io / "seccomp").write_bytes(seccomp_filter())
        with open(io / "in", "rb") as fin, open(io / "out", "wb") as fout, open(io / "err", "wb") as ferr, \
                open(io / "seccomp", "rb") as rules:
            command = ["/usr/bin/time", "--quiet", "-f", "%M %U %S", "-o", str(io / "usage"),
                       *_command(argv, folder, limits, uid, env or {}, rules.fileno())]
            began = time.perf_counter()
            process = subprocess.Popen(command, stdin=fin, stdout=fout, stderr=ferr, start_new_session=True,
                                       close_fds=True, pass_fds=(rules.fileno(),), env={"PATH": "/usr/bin:/bin"})
            killed = threading.Event()

            def kill() -> None:
                killed.set()
                try:
                    os.killpg(process.pid, signal.SIGKILL)  # time and bwrap; bwrap's PID namespace dies with it
                except ProcessLookupError:
                    pass

            timer = threading.Timer(limits.wall_s, kill)
            timer.start()
            try:
                code = process.wait()
            finally:
                timer.cancel()
            wall_ms = (time.perf_counter() - began) * 1000
        usage = (io / "usage").read_text().split() if (io / "usage").is_file() else []
        peak_kb, cpu_ms = (int(usage[0]), (float(usage[1]) + float(usage[2])) * 1000) if len(usage) == 3 else \
            (0, 0.0)  # killed with its waiter: only the wall clock is known
        if limits.writable:
            _give_back(folder)
        # time and bwrap report a program killed by signal N as exit 128 + N; killed by us: -9.
        sig = -code if code < 0 else code - 128 if 128 < code <= 128 + 64 else None
        return RunResult(exit_code=None if sig else code, signal=sig, cpu_ms=cpu_ms, wall_ms=wall_ms,
                         peak_rss_kb=peak_kb, stdout=_read(io / "out"), stderr=_read(io / "err"),
                         stdout_bytes=(io / "out").stat().st_size, timed_out=killed.is_set())


def _give_back(folder: Path) -> None:
    """After a compile: the build belongs to root again, readable by the runs (their box is read-only)."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():  # a link the compile left must not point the grader at host files
            path.unlink()
            continue
        os.chown(path, 0, 0)
        os.chmod(path, 0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
