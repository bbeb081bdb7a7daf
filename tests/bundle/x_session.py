"""An X session for real-window tests of the frozen app: Xvfb on a free display, openbox on it."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest


class XSession:
    def __init__(self, tmp: Path, size: tuple[int, int] = (1600, 1000)) -> None:
        self.procs: list[subprocess.Popen] = []
        self.display = self._start_xvfb(tmp, size)
        openbox = shutil.which("openbox")
        if openbox is None:
            self.close()
            pytest.skip("openbox is not installed")
        log = (tmp / "openbox.log").open("w")
        self.procs.append(subprocess.Popen([openbox, "--sm-disable"], env=self.env(), stdout=log,
                                           stderr=subprocess.STDOUT))
        time.sleep(0.5)

    def _start_xvfb(self, tmp: Path, size: tuple[int, int]) -> str:
        exe = shutil.which("Xvfb")
        if exe is None:
            pytest.skip("Xvfb is not installed")
        for number in range(141, 199):
            if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
                continue
            log = (tmp / f"xvfb{number}.log").open("w")
            proc = subprocess.Popen([exe, f":{number}", "-screen", "0", f"{size[0]}x{size[1]}x24",
                                     "-nolisten", "tcp"], stdout=log, stderr=subprocess.STDOUT)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and proc.poll() is None:
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    self.procs.append(proc)
                    return f":{number}"
                time.sleep(0.05)
            proc.kill()
            proc.wait()
        pytest.skip("could not start Xvfb on any display :141-:198")

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        import os

        env = dict(base if base is not None else os.environ)
        env["DISPLAY"] = self.display
        return env

    def run(self, *cmd: str) -> str:
        return subprocess.run(cmd, env=self.env(), capture_output=True, text=True, timeout=30).stdout

    def wait_window(self, pid: int, timeout: float = 60) -> str | None:
        """The id of the first visible top-level window of process ``pid``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ids = self.run("xdotool", "search", "--onlyvisible", "--pid", str(pid)).split()
            for wid in ids:
                if "E-Town" in self.run("xdotool", "getwindowname", wid):
                    return wid
            time.sleep(0.1)
        return None

    def close(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
