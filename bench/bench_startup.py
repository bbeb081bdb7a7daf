"""Startup benchmark of the desktop app (offscreen), next to a bare PySide6 window measured the same way.

Measures in one run, each in a fresh process, several repeats, median reported:
  * time from process start (spawn) to the first painted main window, app vs bare QMainWindow;
  * time until every tab is built ("all tabs ready"), and that plus the first visit of each tab (select
    and paint it, as a person or a harness that visits every tab does: a page is laid out when first shown);
  * tab switch time (select a tab and paint it synchronously), median and worst;
  * peak resident memory (ru_maxrss) of the app process and of the bare window process.

Both children run with Python bytecode available for every module they import (the bench
compiles the etown_desktop package first and lets the children write bytecode), as in an
installed copy of the app; a development environment with PYTHONDONTWRITEBYTECODE=1 would
otherwise make the app recompile its own sources on every start while PySide6's are precompiled.

  * with ``--event``: ``present`` and ``kiosk``, process start -> first slide painted, as ratios to the
    bare window of the same run (the first-slide child of bench_event.py).

Goals (issue 22): first paint <= 1.4x the bare window, all tabs ready <= 1.5 s, present and kiosk
first slide <= 1.5x. ``--check`` exits 1 when a median is past its goal: run it before a submission
(it is not a timed test in CI). ``--db PATH`` measures another database (e.g. a 1,000x one made by
``bench/synthetic_data.py 1000 -o /tmp/etown-1000x.db``).

Usage:  python bench/bench_startup.py [--repeats 5] [--event] [--db PATH] [--check]
(development: PYTHONPATH=src ETOWN_DESKTOP_DB=data/etown.db ETOWN_DESKTOP_RESOURCES=resources)
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time

from user_home import RETURNING_USER, user_home_env
from app_child import RUN_APP

# CPU time (user + system, every thread) of the child so far: less noisy than wall-clock time on a
# machine shared with other work.
CPU_S = r"""
import os
def cpu_s():
    t = os.times()
    return t.user + t.system
"""

BARE_CHILD = CPU_S + r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
app = QApplication(sys.argv[:1])
win = QMainWindow()
win.setWindowTitle("bare")
central = QWidget()
win.setCentralWidget(central)
win.resize(1600, 1000)
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            print(f"CPU_PAINT {cpu_s():.6f}", flush=True)
            central.removeEventFilter(self)
            app.quit()
        return False
watch = Watch()
central.installEventFilter(watch)
win.show()
app.exec()
import resource
print(f"RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
"""

APP_CHILD = CPU_S + r"""
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import etown_desktop.app.bootstrap as bootstrap
from etown_desktop.app.cli import main

def hook(window):
    window.resize(1600, 1000)
    window.firstPainted.connect(lambda: print(f"FIRST_PAINT {time.time():.6f}\nCPU_PAINT {cpu_s():.6f}",
                                              flush=True))
    def ready():
        print(f"READY {time.time():.6f}", flush=True)
        print(f"CPU_READY {cpu_s():.6f}", flush=True)
        QTimer.singleShot(50, switch)
    def switch():
        times = []
        for round_ in range(3):
            for i in range(window.tabs.count()):
                t = time.perf_counter()
                window.tabs.setCurrentIndex(i)
                window.repaint()
                QApplication.processEvents()
                times.append(1000 * (time.perf_counter() - t))
            if round_ == 0:  # every tab shown once, as a person (or the issue's harness) visits them
                print(f"VISITED {sum(times):.3f}", flush=True)
        print("SWITCH " + " ".join(f"{x:.3f}" for x in times), flush=True)
        print("BUILD " + " ".join(f"{k}={1000 * v:.1f}" for k, v in window.tab_build_seconds.items()),
              flush=True)
        print(f"RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
        QApplication.quit()
    when_ready(window, ready)
    QTimer.singleShot(60000, QApplication.quit)

""" + RUN_APP


def run_child(code: str, env: dict[str, str]) -> tuple[float, dict[str, str]]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False,
                         timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"child failed ({out.returncode}):\n{out.stderr[-2000:]}")
    lines = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        lines[key] = value
    return start, lines


def compile_package() -> str:
    """Byte-compile etown_desktop where it is imported from (no-op when already compiled)."""
    spec = importlib.util.find_spec("etown_desktop")
    if spec is None or not spec.submodule_search_locations:
        return "etown_desktop not found on sys.path"
    folder = next(iter(spec.submodule_search_locations))
    try:
        ok = compileall.compile_dir(folder, quiet=1)
    except OSError as exc:  # read-only install: pip compiled it already
        return f"not compiled ({exc})"
    return f"bytecode of {folder} {'up to date' if ok else 'INCOMPLETE'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--event", action="store_true", help="also present's and kiosk's first slide")
    parser.add_argument("--db", help="the fact database to start with (default: the bundled one)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a median is past its goal")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        if args.db:
            env["ETOWN_DESKTOP_DB"] = os.path.abspath(args.db)
        bytecode = compile_package()
        env = user_home_env(env, tmp)
        run_child(RETURNING_USER, env)
        slides = first_slides(env, args.repeats) if args.event else {}
        bare, first, ready, switches, rss, bare_rss, visited = [], [], [], [], [], [], []
        cpu_bare, cpu_first, cpu_ready = [], [], []
        build = ""
        run_child(BARE_CHILD, env)  # warm the file cache for both
        run_child(APP_CHILD, env)
        for _ in range(args.repeats):
            start, lines = run_child(BARE_CHILD, env)
            bare.append(float(lines["FIRST_PAINT"]) - start)
            cpu_bare.append(float(lines["CPU_PAINT"]))
            bare_rss.append(int(lines["RSS"]))
            start, lines = run_child(APP_CHILD, env)
            first.append(float(lines["FIRST_PAINT"]) - start)
            ready.append(float(lines["READY"]) - start)
            cpu_first.append(float(lines["CPU_PAINT"]))
            cpu_ready.append(float(lines["CPU_READY"]))
            switches += [float(x) for x in lines["SWITCH"].split()]
            visited.append(float(lines["READY"]) - start + float(lines["VISITED"]) / 1000)
            rss.append(int(lines["RSS"]))
            build = lines.get("BUILD", "")
    med = statistics.median
    b, f, r = med(bare), med(first), med(ready)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"E-Town Investor Desktop startup benchmark ({args.repeats} runs each, median, "
          f"platform {env['QT_QPA_PLATFORM']}, {os.cpu_count()} CPUs, load average {load})")
    print(f"  bare PySide6 window, start -> first paint : {1000 * b:7.0f} ms")
    print(f"  app main window,     start -> first paint : {1000 * f:7.0f} ms   "
          f"ratio {f / b:.2f}x (goal <= {GOALS['first_paint_ratio']}x)")
    print(f"  app, start -> all tabs ready              : {1000 * r:7.0f} ms   "
          f"(after first paint: {1000 * (r - f):.0f} ms; goal <= {GOALS['ready_s']} s)")
    cb, cf, cr = med(cpu_bare), med(cpu_first), med(cpu_ready)
    print(f"  CPU time of the child (user+system)       : bare {1000 * cb:.0f} ms, app first paint "
          f"{1000 * cf:.0f} ms (ratio {cf / cb:.2f}x), all tabs ready {1000 * cr:.0f} ms")
    print(f"  ... and every tab shown once              : {1000 * med(visited):7.0f} ms   "
          f"(ready + the first visit of each tab, {1000 * (med(visited) - r):.0f} ms)")
    print(f"  tab switch (select + paint)               : median {med(switches):.1f} ms, "
          f"worst {max(switches):.1f} ms (goal < 50 ms)")
    print(f"  peak RSS, bare window / app               : {med(bare_rss) / 1024:7.0f} MB / "
          f"{med(rss) / 1024:.0f} MB   ratio {med(rss) / med(bare_rss):.2f}x")
    print(f"  tab build times (last run, ms)            : {build}")
    print("  first paint, each run (ms)                : bare "
          + " ".join(f"{1000 * x:.0f}" for x in bare) + " | app " + " ".join(f"{1000 * x:.0f}" for x in first))
    for name, (bare_s, times, cpu_b, cpu_t) in slides.items():
        print(f"  {name:7s} start -> first slide painted : {1000 * med(times):7.0f} ms   "
              f"ratio {med(times) / med(bare_s):.2f}x (goal <= 1.5x; bare {1000 * med(bare_s):.0f} ms); "
              f"CPU {1000 * med(cpu_t):.0f} ms, ratio {med(cpu_t) / med(cpu_b):.2f}x")
    print(f"  ({bytecode})")
    misses = [f"{what} {value:.2f} > {goal}" for what, value, goal in (
        ("first paint ratio", f / b, GOALS["first_paint_ratio"]),
        ("all tabs ready (s)", r, GOALS["ready_s"]),
        *((f"{name} first slide ratio", med(t) / med(bs), GOALS["first_slide_ratio"])
          for name, (bs, t, _, _) in slides.items()),
    ) if value > goal]
    if args.check:
        print("CHECK: " + ("; ".join(misses) if misses else "every median within its goal"))
        return 1 if misses else 0
    return 0


GOALS = {"first_paint_ratio": 1.4, "ready_s": 1.5, "first_slide_ratio": 1.5}


def first_slides(env: dict[str, str], repeats: int) -> dict[str, tuple[list[float], ...]]:
    """``present`` and ``kiosk`` start -> first slide, each beside a bare window started just before:
    wall-clock times of the bare window and the slide, then their CPU times."""
    from bench_event import FIRST_SLIDE_CHILD

    os.environ.update({k: env[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")
                       if k in env})
    from etown_desktop.core.kiosk.pin import save_pin

    save_pin("2468")  # the kiosk needs a staff PIN; this one lives in the temporary config folder
    commands = {"present": "['present']", "kiosk": "['kiosk', '--no-supervisor']"}
    out: dict[str, tuple[list[float], ...]] = {}
    for name, argv in commands.items():
        child = FIRST_SLIDE_CHILD.replace("sys.argv[1:]", argv)
        run_child(child, env)  # warm the file cache
        bare, times, cpu_bare, cpu_times = [], [], [], []
        for _ in range(repeats):
            start, lines = run_child(BARE_CHILD, env)
            bare.append(float(lines["FIRST_PAINT"]) - start)
            cpu_bare.append(float(lines["CPU_PAINT"]))
            start, lines = run_child(child, env)
            times.append(float(lines["FIRST_PAINT"]) - start)
            cpu_times.append(float(lines["CPU_PAINT"]))
        out[name] = (bare, times, cpu_bare, cpu_times)
    return out


if __name__ == "__main__":
    sys.exit(main())
