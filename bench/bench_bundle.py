"""Start-up of the frozen bundle against the pip-installed app, measured in the same run.

Both are started the way a user starts them (the ``etown-desktop`` command next to this Python,
and ``dist/etown-desktop/etown-desktop``) on a real X server (Xvfb) under a window manager
(openbox), alternately, each with fresh settings. Measured: process start -> the main window is
mapped (visible on screen; polled with xdotool every 10 ms), median of the repeats; then the
window manager's close request ends the run. Goal: frozen <= 1.5x installed.

Usage:  tools/build_bundle.sh && python bench/bench_bundle.py [--repeats 5] [--bundle PATH]
(development install: ETOWN_DESKTOP_DB/ETOWN_DESKTOP_RESOURCES are passed to the installed app
only; the bundle carries its own files.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from user_home import user_home_env

ROOT = Path(__file__).resolve().parents[1]
TITLE = "E-Town"


def start_x(tmp: Path) -> tuple[list[subprocess.Popen], str]:
    for number in range(201, 260):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        else:
            xvfb.kill()
            continue
        display = f":{number}"
        wm = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": display},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        return [wm, xvfb], display
    raise SystemExit("no free X display")


def visible_window(pid: int, env: dict[str, str]) -> str | None:
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", TITLE],
                         env=env, capture_output=True, text=True).stdout.split()
    return out[0] if out else None


def time_to_window(cmd: list[str], env: dict[str, str], tmp: Path) -> float:
    home = Path(tempfile.mkdtemp(dir=tmp))
    env = user_home_env(env, home)
    start = time.perf_counter()
    proc = subprocess.Popen([*cmd, "--lang", "en"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wid = None
    while wid is None and time.perf_counter() - start < 60:
        wid = visible_window(proc.pid, env)
        if wid is None:
            time.sleep(0.01)
    elapsed = time.perf_counter() - start
    if wid is None:
        proc.kill()
        raise SystemExit(f"{cmd[0]}: no window within 60 s")
    time.sleep(1.5)  # let it finish building the tabs before closing
    subprocess.run(["wmctrl", "-i", "-c", wid], env=env)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "etown-desktop" / "etown-desktop")
    parser.add_argument("--installed", type=Path, default=Path(sys.executable).with_name("etown-desktop"))
    args = parser.parse_args()
    for tool in ("Xvfb", "openbox", "xdotool", "wmctrl"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed")
    if not args.bundle.exists():
        raise SystemExit(f"{args.bundle} not found: build it first (tools/build_bundle.sh)")
    if not args.installed.exists():
        raise SystemExit(f"{args.installed} not found: pip install . first")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        procs, display = start_x(tmp)
        try:
            base = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            frozen_env = {k: v for k, v in base.items() if not k.startswith(("ETOWN_DESKTOP_", "PYTHON"))}
            frozen, installed = [], []
            time_to_window([str(args.installed)], base, tmp)  # warm the file cache for both
            time_to_window([str(args.bundle)], frozen_env, tmp)
            for _ in range(args.repeats):
                installed.append(time_to_window([str(args.installed)], base, tmp))
                frozen.append(time_to_window([str(args.bundle)], frozen_env, tmp))
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait()
    med = statistics.median
    f, i = med(frozen), med(installed)
    print(f"E-Town Investor Desktop: frozen bundle vs pip-installed start-up ({args.repeats} runs each, "
          f"median, Xvfb + openbox, {os.cpu_count()} CPUs)")
    print(f"  pip-installed app, start -> main window visible : {1000 * i:6.0f} ms")
    print(f"  frozen bundle,     start -> main window visible : {1000 * f:6.0f} ms   "
          f"ratio {f / i:.2f}x (goal <= 1.5x)")
    print("  each run (ms): installed " + " ".join(f"{1000 * x:.0f}" for x in installed)
          + " | frozen " + " ".join(f"{1000 * x:.0f}" for x in frozen))
    print(f"  bundle: {args.bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
