"""An X session for real-window tests: Xvfb on a free display with openbox, and the first-start check
shared by the installed app (tests/xvfb) and the frozen bundle (tests/bundle)."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from required_tools import require_tool, require_tools, unavailable
from waiting import wait_until


STALL_S = 30.0  # an app that used no CPU this long without showing its window is stuck, not slow


def cpu_ticks(pid: int) -> int:
    """CPU time (user + system, clock ticks) the process has used so far; -1 when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    except (OSError, IndexError, ValueError):
        return -1


def start_xvfb(tmp: Path, size: tuple[int, int]) -> tuple[subprocess.Popen, str]:
    """Xvfb on a free display: (process, ":N"). The server picks the display itself and reports it
    once it listens (``-displayfd``), so two test runs on one machine never race for a number (a
    run that saw a free number, then connected to another run's server, met its window manager).
    Skips the test (fails under ETOWN_CI_STRICT=1) if no server starts."""
    import os
    import select

    exe = require_tool("Xvfb")
    log_path = tmp / "xvfb.log"
    read_fd, write_fd = os.pipe()
    try:
        with log_path.open("w") as log:
            proc = subprocess.Popen([exe, "-displayfd", str(write_fd), "-screen", "0",
                                     f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
                                    stdout=log, stderr=subprocess.STDOUT, pass_fds=(write_fd,))
        os.close(write_fd)
        write_fd = -1
        received = b""
        deadline = time.monotonic() + 30
        # Read the whole line before closing the pipe: Xvfb dies if its write meets a closed pipe.
        while not received.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_fd], [], [], deadline - time.monotonic())
            chunk = os.read(read_fd, 64) if ready else b""
            if not chunk:
                break
            received += chunk
        number = received.decode().strip()
    finally:
        os.close(read_fd)
        if write_fd >= 0:
            os.close(write_fd)
    if number.isdigit():
        return proc, f":{number}"
    stop(proc)
    unavailable(f"Xvfb did not start: {log_path.read_text(errors='replace')[-500:]}")


def stop(*procs: subprocess.Popen) -> None:
    """End processes in the order given: a polite terminate, then kill after 5 s."""
    for proc in procs:
        if proc.poll() is not None:
            continue
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


SRC = Path(__file__).resolve().parents[1] / "src"


def app_env(base: dict[str, str], tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of an app under test on the X display ``base`` names: Qt's xcb platform,
    config, data and runtime folders of its own under ``tmp`` (its data under ``tmp/data``, as a
    user's under XDG_DATA_HOME), and in development runs (PYTHONPATH set) this checkout's src, an
    installed package needing nothing; ``extra`` on top."""
    import os

    runtime = tmp / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = dict(base, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "data"), XDG_RUNTIME_DIR=str(runtime))
    env.pop("ETOWN_DESKTOP_DATA_HOME", None)  # the suite's per-test folder
    if env.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.pathsep.join([env["PYTHONPATH"], str(SRC)])
    env.update(extra)
    return env


class XSession:
    """Xvfb with openbox managing its windows (ready when the window manager answers ``wmctrl -m``)."""

    def __init__(self, tmp: Path, size: tuple[int, int] = (1600, 1000)) -> None:
        openbox, _ = require_tools("openbox", "wmctrl")
        self.procs: list[subprocess.Popen] = []
        self.display = self._start_xvfb(tmp, size)
        try:
            log = (tmp / "openbox.log").open("w")
            wm = subprocess.Popen([openbox, "--sm-disable"], env=self.env(), stdout=log,
                                  stderr=subprocess.STDOUT)
            self.procs.append(wm)
            wait_until(lambda: wm.poll() is not None or self._wm_running(), timeout=20,
                       message="openbox did not start managing windows")
            assert wm.poll() is None, f"openbox exited with {wm.returncode}"
        except BaseException:
            self.close()
            raise

    def _wm_running(self) -> bool:
        return subprocess.run(["wmctrl", "-m"], env=self.env(), capture_output=True,
                              timeout=30).returncode == 0

    def _start_xvfb(self, tmp: Path, size: tuple[int, int]) -> str:
        proc, display = start_xvfb(tmp, size)
        self.procs.append(proc)
        return display

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        import os

        env = dict(base if base is not None else os.environ)
        env["DISPLAY"] = self.display
        return env

    def app_env(self, tmp: Path, **extra: str) -> dict[str, str]:
        """The environment of the app under test on this display: see :func:`app_env`."""
        return app_env(self.env(), tmp, **extra)

    def run(self, *cmd: str) -> str:
        return subprocess.run(cmd, env=self.env(), capture_output=True, text=True, timeout=30).stdout

    def find_window(self, pid: int, name: str, exclude: str | None = None) -> str | None:
        """The id of a visible top-level window of process ``pid`` whose title contains ``name``
        (and not ``exclude``) and that the window manager manages; None while there is none."""
        for wid in self.run("xdotool", "search", "--onlyvisible", "--pid", str(pid)).split():
            title = self.run("xdotool", "getwindowname", wid)
            if name in title and not (exclude and exclude in title) and self.managed(wid):
                return wid
        return None

    def wait_window(self, pid: int, timeout: float = 60, name: str = "E-Town",
                    exclude: str | None = None) -> str | None:
        """The id of a visible top-level window of process ``pid`` whose title contains ``name``,
        once the window manager manages it (so its close request reaches the window)."""
        try:
            return wait_until(lambda: self.find_window(pid, name, exclude), timeout=timeout, interval=0.1)
        except AssertionError:
            return None

    def wait_app_window(self, proc: subprocess.Popen, name: str = "E-Town", exclude: str | None = None,
                        stall: float = STALL_S, stderr: Callable[[], str] | None = None) -> str:
        """The id of ``proc``'s managed top-level window titled ``name`` (as :meth:`wait_window`),
        waiting as long as the app makes progress: under load a start can be slow, and that is no
        failure; a stuck or dead one is. Fails at once if the app exits, and once it has used no
        CPU for ``stall`` seconds without its window being managed (the windows then listed, and
        the app's stderr tail from ``stderr`` if given, in the message). The test's own timeout
        (pytest-timeout) bounds the whole wait."""
        def why(text: str) -> str:
            tail = stderr()[-3000:] if stderr is not None else ""
            return (f"{text}; windows managed: {self.run('wmctrl', '-l')!r}; "
                    f"window manager running: {self._wm_running()}\n{tail}")

        cpu, since = cpu_ticks(proc.pid), time.monotonic()
        while True:
            wid = self.find_window(proc.pid, name, exclude)
            if wid:
                return wid
            if proc.poll() is not None:
                raise AssertionError(why(f"the app exited with {proc.returncode} before its window {name!r} "
                                         "was managed"))
            now_cpu = cpu_ticks(proc.pid)
            if now_cpu != cpu:  # still starting (slowly, under load): keep waiting
                cpu, since = now_cpu, time.monotonic()
            elif time.monotonic() - since > stall:
                raise AssertionError(why(f"no managed window {name!r} of the app, and the app idle for "
                                         f"{stall:g} s"))
            time.sleep(0.2)

    def managed(self, wid: str) -> bool:
        """Whether the window manager lists the window (``wmctrl -l``)."""
        listed = {int(line.split()[0], 16) for line in self.run("wmctrl", "-l").splitlines() if line}
        return int(wid) in listed

    def close(self) -> None:
        stop(*reversed(self.procs))


WELCOME_ZH = "欢迎"
APP_NAME_ZH = "亦庄投资者桌面"


def check_first_start(cmd: list[str], env: dict[str, str], tmp: Path, shot: str | None = None) -> None:
    """Start ``cmd`` twice with the same fresh settings on a Chinese system: the first start shows
    the welcome in Chinese over nothing else; Enter confirms it, the main window follows and closes
    on the window manager's request; the second start goes straight to the main window."""
    import os

    require_tools("xdotool", "wmctrl")
    session = XSession(tmp)
    try:
        env = session.env(env)
        runtime = tmp / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env.update(QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(runtime), LANG="zh_CN.UTF-8",
                   XDG_CONFIG_HOME=str(tmp / "config"), XDG_DATA_HOME=str(tmp / "data"))
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            env.pop(name, None)
        for first in (True, False):
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                if first:
                    welcome = session.wait_window(proc.pid, name=WELCOME_ZH)
                    assert welcome, "no welcome window on the first start"
                    ids = session.run("xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)).split()
                    assert ids == [welcome], "the main window opened before the welcome was confirmed"
                    if shot and os.environ.get(shot):  # a picture for the README, not a check
                        time.sleep(0.5)  # let the welcome finish painting
                        session.run("import", "-window", "root", os.environ[shot])
                    session.run("xdotool", "windowfocus", "--sync", welcome)
                    session.run("xdotool", "key", "Return")
                # A Chinese session: the title ends with the app's one Chinese name (Qt appends it).
                main = session.wait_window(proc.pid, name=APP_NAME_ZH, exclude=WELCOME_ZH)
                assert main, "no main window"
                if not first:
                    ids = session.run("xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)).split()
                    titles = [session.run("xdotool", "getwindowname", w) for w in ids]
                    assert not [t for t in titles if WELCOME_ZH in t], "welcome shown again"
                session.run("wmctrl", "-i", "-c", main)  # managed (wait_window): the WM passes it on
                code = proc.wait(timeout=20)
            finally:
                if proc.poll() is None:
                    proc.kill()
                _, err = proc.communicate()
            assert code == 0, err[-3000:]
    finally:
        session.close()
