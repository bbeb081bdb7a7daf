"""The offline guarantee: the app and every command-line export never try to open a network
connection — not Python, not Qt (proxy lookup, font or update download), not pyqtgraph.

Each run is a subprocess with three independent guards, the last two where the machine has them:
  * a ``sitecustomize`` on PYTHONPATH that makes every Python socket connect / send / name lookup
    fail loudly and records it, and records whether Qt's network library was ever loaded;
  * ``strace`` (seccomp filter, all threads and children): no socket of an Internet, netlink or
    packet family is ever created, no connect() to anything but a local (AF_UNIX) socket;
  * ``unshare --net``: the process runs in a network namespace with no interfaces at all.
The control tests prove that each guard does catch what it is there to catch.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from required_tools import strict, unavailable

HERE = Path(__file__).resolve().parent
CHILD = HERE / "offline_child.py"
GUARD = HERE / "netguard"
SRC = HERE.parents[1] / "src"
NET_FAMILIES = re.compile(r"socket\((AF_INET6?|AF_NETLINK|AF_PACKET)\b")
NET_CONNECT = re.compile(r"connect\(\d+, \{sa_family=(?!AF_UNIX)")


def _unshare() -> list[str]:
    exe = shutil.which("unshare")
    if exe is None:
        return []
    for flags in (["--net"], ["--map-root-user", "--net"]):
        if subprocess.run([exe, *flags, "true"], capture_output=True).returncode == 0:
            return [exe, *flags]
    return []


UNSHARE = _unshare()
STRACE = shutil.which("strace")


def _strace_works() -> bool:
    if STRACE is None:
        return False
    probe = subprocess.run([STRACE, "-f", "--seccomp-bpf", "-qq", "-e", "trace=socket", "-o", os.devnull,
                            "true"], capture_output=True)
    return probe.returncode == 0


STRACE_OK = _strace_works()


class Run:
    def __init__(self, result: subprocess.CompletedProcess, guard_log: Path, trace: Path | None) -> None:
        self.result = result
        self.attempts = guard_log.read_text(encoding="utf-8").splitlines() if guard_log.exists() else []
        lines = trace.read_text(encoding="utf-8").splitlines() if trace and trace.exists() else []
        self.traced = trace is not None
        self.net_syscalls = [ln for ln in lines if NET_FAMILIES.search(ln) or NET_CONNECT.search(ln)]


def run_guarded(tmp_path: Path, argv: list[str], *, namespace: bool = True, trace: bool = True) -> Run:
    """Run ``python argv...`` offscreen in fresh settings folders under every available guard."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", ETOWN_NETGUARD_LOG=str(tmp_path / "netguard.log"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path / "home"))
    # A proxy in the environment would be the first thing a network-aware library reaches for.
    env.update(http_proxy="http://192.0.2.1:9", https_proxy="http://192.0.2.1:9", all_proxy="http://192.0.2.1:9")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    paths = [str(GUARD)] + ([str(SRC)] if "PYTHONPATH" in os.environ else []) + \
        [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    (tmp_path / "home").mkdir(exist_ok=True)
    cmd = [sys.executable, *argv]
    trace_file = None
    if strict() and ((trace and not STRACE_OK) or (namespace and not UNSHARE)):
        unavailable("strace or unshare --net does not work here: a guard of the offline test is missing")
    if trace and STRACE_OK:
        trace_file = tmp_path / "strace.txt"
        cmd = [STRACE, "-f", "--seccomp-bpf", "-qq", "-e", "signal=none", "-e", "trace=socket,connect",
               "-o", str(trace_file), *cmd]
    if namespace and UNSHARE:
        cmd = [*UNSHARE, *cmd]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=240)
    return Run(result, tmp_path / "netguard.log", trace_file)


def assert_offline(run: Run) -> None:
    out = run.result.stdout[-3000:] + run.result.stderr[-3000:]
    assert run.result.returncode == 0, out
    assert run.attempts == [], f"network attempts: {run.attempts}"
    assert run.net_syscalls == [], f"network system calls: {run.net_syscalls[:10]}"
    assert "NETGUARD" not in run.result.stderr


def test_app_start_with_every_tab_never_touches_the_network(tmp_path):
    run = run_guarded(tmp_path, [str(CHILD), "gui", str(tmp_path / "out")])
    assert_offline(run)


def test_every_command_line_export_works_offline(tmp_path):
    out = tmp_path / "out"
    run = run_guarded(tmp_path, [str(CHILD), "cli", str(out)])
    assert_offline(run)
    commands = [ln for ln in run.result.stdout.splitlines() if ln.startswith("COMMAND ")]
    assert len(commands) == 26 and all(ln.startswith("COMMAND 0 ") for ln in commands)
    for name in ("chart.png", "chart.svg", "chart.pdf", "table.csv", "table.xlsx", "factsheet.pdf",
                 "factsheet-zh.pdf", "pack.zip", "pack-bio-zh.zip", "sources.png", "brief.pdf", "brief.zip",
                 "brief.docx", "deck-zh.pptx", "reforms.docx"):
        assert (out / name).stat().st_size > 0, name


# -- the guards catch what they are there for ------------------------------------------------
def test_control_python_connection_is_blocked_and_recorded(tmp_path):
    code = ("import socket\n"
            "try:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\n"
            "except OSError as e:\n    print('refused', e)\n")
    run = run_guarded(tmp_path, ["-c", code], namespace=False, trace=False)
    assert "blocked by the offline test" in run.result.stdout
    assert any("create_connection" in a for a in run.attempts)


def test_control_qt_network_library_is_noticed(tmp_path):
    run = run_guarded(tmp_path, ["-c", "import PySide6.QtNetwork"], namespace=False, trace=False)
    assert any("libQt6Network" in a for a in run.attempts)


def test_control_strace_sees_a_connection_python_cannot(tmp_path):
    if not STRACE_OK:
        unavailable("strace is not installed or cannot trace here (Debian: strace)")
    # The C library's resolver, below Python's socket module: only the system-call trace sees it.
    code = ("import ctypes, ctypes.util\n"
            "libc = ctypes.CDLL(ctypes.util.find_library('c'))\n"
            "libc.socket(2, 1, 0)\n")
    run = run_guarded(tmp_path, ["-c", code], namespace=False)
    assert run.attempts == []
    assert run.net_syscalls, "strace did not see socket(AF_INET, ...)"


def test_control_namespace_has_no_network(tmp_path):
    if not UNSHARE:
        unavailable("unshare --net is not available (Debian: util-linux; needs a network namespace)")
    code = ("import _socket\n"
            "s = _socket.socket()\n"
            "try:\n    s.connect(('192.0.2.1', 80)); print('CONNECTED')\n"
            "except OSError as e:\n    print('errno', e.errno)\n")
    run = run_guarded(tmp_path, ["-c", code], trace=False)
    assert "errno 101" in run.result.stdout  # ENETUNREACH: no route, no interface
