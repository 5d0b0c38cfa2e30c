"""Attacks on the grader's sandbox, each a real program in the real sandbox, with the verdict it must get and a
check that the host is unchanged: nothing written outside the run, no process outliving it, no secret in any
output."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from vlmedge.grader.judge import Outcome, judge
from vlmedge.grader.problem import Problem
from vlmedge.grader.sandbox import UID_BASE, UID_POOL, available, live_processes

pytestmark = pytest.mark.skipif(available() is not None, reason=f"no sandbox here: {available()}")
PROJECT = Path(__file__).resolve().parents[1]
HOST_PATHS = [Path("/usr/vlmedge-escape"), Path("/etc/vlmedge-escape"), Path("/root/vlmedge-escape"),
              Path("/tmp/vlmedge-escape"), PROJECT / "vlmedge-escape"]


def secrets() -> list[str]:
    """Lines no output may show: /etc/shadow's hashes and the project's own first lines."""
    shadow = [line.split(":")[1] for line in Path("/etc/shadow").read_text().splitlines() if line.count(":") > 2]
    return [s for s in shadow if len(s) > 3] + [(PROJECT / "pyproject.toml").read_text().splitlines()[0]]


def attack(language: str, code: str, expected: str = "", stdin: str = "", time_s: float = 1.0,
           memory_mb: int = 64, alone: bool = True) -> Outcome:
    problem = Problem.model_validate({"id": "attack", "title": "attack", "statement": "-", "checker": "tokens",
                                      "limits": {"time_s": time_s, "memory_mb": memory_mb},
                                      "tests": [{"name": "t", "stdin": stdin, "stdout": expected}]})
    result = judge(problem, language, code).tests[0]
    if alone:  # with no other run going on, no sandbox uid may have a process left
        assert_no_leftovers()
    shown = result.actual + result.message + result.input
    assert not any(secret in shown for secret in secrets()), "a secret reached the output"
    assert not any(path.exists() for path in HOST_PATHS), "the run wrote outside its folder"
    return result


def assert_no_leftovers() -> None:
    leftover = [pid for uid in range(UID_BASE, UID_BASE + UID_POOL) for pid in live_processes(uid)]
    assert not leftover, f"processes outlived their run: {leftover}"


C_FORK_BOMB = "#include <unistd.h>\nint main(void) { for (;;) fork(); }\n"
PY_FORK_BOMB = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
C_MEMORY_BOMB = ("#include <stdlib.h>\n#include <string.h>\nint main(void) {\n  for (;;) {\n"
                 "    char *p = malloc(1 << 20);\n    if (!p) return 3;\n    memset(p, 1, 1 << 20);\n  }\n}\n")
JAVA_MEMORY_BOMB = ("import java.util.*;\npublic class Main { public static void main(String[] a) {\n"
                    "  List<long[]> keep = new ArrayList<>();\n  for (;;) keep.add(new long[1 << 17]);\n} }\n")
GO_MEMORY_BOMB = ("package main\nimport \"fmt\"\nfunc main() {\n  var keep [][]byte\n  for {\n"
                  "    b := make([]byte, 1<<20)\n    for i := range b { b[i] = 1 }\n    keep = append(keep, b)\n"
                  "    if len(keep) < 0 { fmt.Println(len(keep)) }\n  }\n}\n")
RUST_BUSY = ("fn main() {\n  let mut x: u64 = 1;\n  loop {\n"
             "    x = x.wrapping_mul(6364136223846793005).wrapping_add(1);\n"
             "    if x == 0 { println!(\"{}\", x); }\n  }\n}\n")
C_WRITE_OUTSIDE = ("#include <stdio.h>\nint main(void) {\n  const char *paths[] = {" +
                   ", ".join(f'"{path}"' for path in HOST_PATHS) + ', "/box/escape"};\n  int blocked = 0;\n'
                   "  for (int i = 0; i < 6; i++) { FILE *f = fopen(paths[i], \"w\");\n"
                   "    if (!f) blocked++; else fclose(f); }\n  printf(\"blocked %d\\n\", blocked);\n}\n")
C_NETWORK_OUT = ("#include <stdio.h>\n#include <string.h>\n#include <arpa/inet.h>\n#include <sys/socket.h>\n"
                 "#include <unistd.h>\nint main(void) {\n  int s = socket(AF_INET, SOCK_STREAM, 0);\n"
                 "  struct sockaddr_in a; memset(&a, 0, sizeof a); a.sin_family = AF_INET; a.sin_port = htons(53);\n"
                 "  inet_pton(AF_INET, \"1.1.1.1\", &a.sin_addr);\n"
                 "  int failed = s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) != 0;\n"
                 "  puts(failed ? \"blocked\" : \"connected\");\n}\n")
C_PTRACE = ("#include <stdio.h>\n#include <sys/ptrace.h>\n#include <unistd.h>\nint main(void) {\n"
            "  int blocked = 0;\n  for (int pid = 1; pid < 64; pid++)\n"
            "    if (pid != getpid()) blocked += ptrace(PTRACE_ATTACH, pid, 0, 0) != 0;\n"
            "  printf(\"%d\\n\", blocked);\n}\n")
PY_READ_SECRETS = ("import glob\nfound = []\nfor path in ['/etc/shadow', '/etc/passwd', '/proc/1/root/etc/shadow', "
                   "'/proc/self/root/../../etc/shadow', {project!r}, *glob.glob('/tmp/vlmedge-*/**', recursive=True), "
                   "*glob.glob('/proc/*/root/box/main.*')]:\n"
                   "    try:\n        found.append(open(path).read()[:80])\n    except OSError:\n        pass\n"
                   "found = [text for text in found if 'found = []' not in text]\n"
                   "print('none' if not found else found)\n")


@pytest.mark.parametrize("language, code, verdict", [
    ("c", C_FORK_BOMB, "TLE"),
    ("python", PY_FORK_BOMB, "TLE"),
    ("c", "int main(void) { volatile unsigned x = 0; for (;;) x++; }\n", "TLE"),
    ("javascript", "let x = 0;\nwhile (true) { x++; }\n", "TLE"),
    ("rust", RUST_BUSY, "TLE"),
    ("python", "import time\ntime.sleep(1000)\n", "TLE"),
    ("c", C_MEMORY_BOMB, "MLE"),
    ("python", "keep = []\nwhile True:\n    keep.append(bytearray(1 << 20))\n", "MLE"),
    ("java", JAVA_MEMORY_BOMB, "MLE"),
    ("go", GO_MEMORY_BOMB, "MLE"),
    ("c", "#include <stdio.h>\nint main(void) { for (;;) fputs(\"spam spam spam\\n\", stdout); }\n", "OLE"),
    ("python", "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n", "OLE"),
    ("python", "with open('fill', 'wb') as f:\n    while True:\n        f.write(b'0' * (1 << 20))\n", "RE"),
    ("python", "import os\nos.kill(-1, 9)\nprint('alive')\n", "RE"),  # nothing it may signal: ESRCH
], ids=["c-fork-bomb", "py-fork-bomb", "c-busy", "js-busy", "rust-busy", "py-sleep", "c-memory", "py-memory",
        "java-memory", "go-memory", "c-output", "py-output", "py-disk-fill", "py-kill-all"])
def test_attack_gets_its_verdict_and_leaves_the_host_alone(language: str, code: str, verdict: str) -> None:
    assert attack(language, code, expected="never printed").verdict.value == verdict


@pytest.mark.parametrize("language, code, expected", [
    ("c", C_WRITE_OUTSIDE, f"blocked {len(HOST_PATHS) + 1}"),
    ("python", PY_READ_SECRETS.replace("{project!r}", repr(str(PROJECT / "pyproject.toml"))), "none"),
    ("php", "<?php\n$s = @file_get_contents('/etc/shadow');\necho $s === false ? 'none' : $s, \"\\n\";\n", "none"),
    ("ruby", "begin\n  File.write('/usr/vlmedge-escape', 'x')\n  puts 'written'\nrescue SystemCallError\n"
             "  puts 'blocked'\nend\n", "blocked"),
    ("java", "import java.nio.file.*;\npublic class Main { public static void main(String[] a) {\n"
             "  try { System.out.println(Files.readString(Path.of(\"/etc/shadow\"))); }\n"
             "  catch (Exception e) { System.out.println(\"none\"); } } }\n", "none"),
    ("c", C_NETWORK_OUT, "blocked"),
    ("c", C_PTRACE, "62"),
    ("python", "import os\ntry:\n    os.symlink('/etc/shadow', 'link')\n    print(open('link').read())\n"
               "except OSError:\n    print('blocked')\n", "blocked"),
    ("javascript", "const cp = require('child_process');\n"
                   "try { console.log(cp.execSync('cat /etc/shadow').toString()); }\n"
                   "catch (e) { console.log('none'); }\n",
     "none"),
], ids=["c-write-outside", "py-read-secrets", "php-read-shadow", "ruby-write-usr", "java-read-shadow",
        "c-network-out", "c-ptrace", "py-symlink", "js-shell-out"])
def test_attack_finds_nothing(language: str, code: str, expected: str) -> None:
    result = attack(language, code, expected=expected)
    assert result.verdict.value == "AC", (result.actual, result.message)


def test_no_network_even_on_loopback() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.5)
    port = server.getsockname()[1]
    code = (f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
            "    print('connected')\nexcept OSError:\n    print('blocked')\n")
    assert attack("python", code, expected="blocked").verdict.value == "AC"
    with pytest.raises(socket.timeout):
        server.accept()  # nothing ever reached the host's listener
    server.close()


def test_a_daemon_does_not_outlive_its_run() -> None:
    code = ("import os, sys, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
            "        time.sleep(30)\n        open('/tmp/vlmedge-escape', 'w').write('still here')\n    os._exit(0)\n"
            "print('ok')\n")
    assert attack("python", code, expected="ok").verdict.value == "AC"  # attack() checks no process is left


def test_one_run_cannot_reach_a_neighbour_running_beside_it() -> None:
    # A slow honest run and an attacker at once: the attacker kills what it can and looks for other boxes.
    honest_code = "import time\ntime.sleep(1.5)\nprint(sum(map(int, input().split())))\n"
    results: dict[str, Outcome] = {}
    honest = threading.Thread(target=lambda: results.setdefault(
        "honest", attack("python", honest_code, expected="5", stdin="2 3\n", time_s=2, alone=False)))
    honest.start()
    code = ("import glob, os, signal\npids = [int(p.split('/')[-1]) for p in glob.glob('/proc/[0-9]*')]\n"
            "for pid in pids:\n    if pid != os.getpid():\n        try:\n            os.kill(pid, signal.SIGKILL)\n"
            "        except OSError:\n            pass\nprint(len(pids))\n")
    # It sees two processes, both its own run's: the sandbox's PID 1 and itself.
    assert attack("python", code, expected="2", alone=False).verdict.value == "AC"
    honest.join()
    assert results["honest"].verdict.value == "AC"
    assert_no_leftovers()


@pytest.mark.parametrize("language, code", [
    ("c", '#include "/etc/shadow"\nint main(void) { return 0; }\n'),
    ("cpp", "#include </etc/shadow>\nint main() {}\n"),
    ("rust", 'fn main() { print!("{}", include_str!("/etc/shadow")); }\n'),
    ("c", f'#include "{PROJECT / "pyproject.toml"}"\nint main(void) {{ return 0; }}\n'),
], ids=["c-include-shadow", "cpp-include-shadow", "rust-include-str", "c-include-project"])
def test_compile_time_reads_see_nothing(language: str, code: str) -> None:
    result = attack(language, code)
    assert result.verdict.value == "CE" and ("No such file" in result.message or "couldn't read" in result.message
                                             or "not found" in result.message.lower()), result.message


def test_two_grading_processes_at_once_never_share_a_uid(tmp_path: Path) -> None:
    # Each process used to hand out uids from its own pool and kill the other's compiler when its run ended.
    import json
    import subprocess
    import sys

    from vlmedge.grader.problem import BANK_DIR

    solution = BANK_DIR / "fibonacci" / "solutions" / "reference.py"
    cpp = "#include <iostream>\nint main() { long long a = 0, b = 1; int n; std::cin >> n;\n" \
          "  for (int i = 0; i < n; i++) { long long t = a + b; a = b; b = t; }\n  std::cout << a << std::endl; }\n"
    (tmp_path / "fib.cpp").write_text(cpp)
    runs = [subprocess.Popen([sys.executable, "-m", "vlmedge.cli", "grade", "--problem", "fibonacci", "--code",
                              str(path), "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for path in (tmp_path / "fib.cpp", solution, tmp_path / "fib.cpp", solution)]
    scores = [json.loads(run.communicate(timeout=300)[0])["score"] for run in runs]
    assert scores == [1.0] * 4
    assert_no_leftovers()
