"""Event-mode benchmark (offscreen): slide changes, the language switch, first slide vs a bare
window, and memory over a long show. Figures and ratios against baselines measured in the same run.

  * slide change (go to the next slide and paint it synchronously), 1920x1080, median and worst
    (goal: median < 50 ms, worst < 100 ms);
  * whole-window language switch of the main window with every tab built (goal < 300 ms), and the
    slide deck's switch;
  * `present` and `kiosk`: process start -> first slide painted, vs a bare PySide6 window's start
    -> first paint, each in fresh processes, median of N (goal <= 1.5x);
  * RSS (current resident memory, /proc) before and after 2,000 slide changes and 200 language
    switches, after a warm-up (goal: growth < 10 MB).

Usage:  python bench/bench_event.py [--repeats 5] [--changes 2000] [--switches 200]
(development: PYTHONPATH=src ETOWN_DESKTOP_DB=data/etown.db ETOWN_DESKTOP_RESOURCES=resources)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import BARE_CHILD, compile_package, run_child  # noqa: E402
from user_home import user_home_env  # noqa: E402

FIRST_SLIDE_CHILD = r"""
import importlib.machinery, os, sys, time

# Nothing of the app or of Qt is imported before the entry point, as in a real start: the slide
# deck's module is wrapped as it is imported. The deck says when its first slide is painted (an
# application-wide event filter would itself hand every C++-made object to Python before the paint,
# and make PySide6 resolve classes the show does not: issue 22).
class Finder:
    def find_spec(self, name, path, target=None):
        if name != "etown_desktop.ui.presentation.slide_deck":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        real_exec = spec.loader.exec_module
        def exec_module(module):
            real_exec(module)
            deck_class = module.SlideDeck
            _init = deck_class.__init__
            def init(self, *a, **k):
                _init(self, *a, **k)
                self.firstPainted.connect(painted)
            deck_class.__init__ = init
        spec.loader.exec_module = exec_module
        return spec

def painted():
    print(f"FIRST_PAINT {time.time():.6f}", flush=True)
    t = os.times()
    print(f"CPU_PAINT {t.user + t.system:.6f}", flush=True)  # the child's CPU time so far
    os._exit(0)  # skip teardown: only the first paint is measured

sys.meta_path.insert(0, Finder())
from etown_desktop.app.cli import main
code = main(sys.argv[1:])
os._exit(0)
"""


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def settle(app) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def in_process(changes: int, switches: int) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from etown_desktop.app.bootstrap import create_application
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui import i18n, theme
    from etown_desktop.ui.fonts import ensure_cjk_font
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.presentation.controller import SlideController
    from etown_desktop.ui.presentation.slide_deck import SlideDeck

    app = create_application()
    theme.apply_theme(app)
    ensure_cjk_font()
    repo = Repository()
    story = find_story(load_stories(repo.path), None)
    deck = SlideDeck(repo, story, "en")
    controller = SlideController(deck)
    deck.resize(1920, 1080)
    deck.show()
    deck.go_to(0)
    settle(app)

    def change() -> float:
        t = time.perf_counter()
        controller.auto_advance()
        deck.repaint()
        app.processEvents()
        return 1000 * (time.perf_counter() - t)

    def switch(lang: str) -> float:
        t = time.perf_counter()
        i18n.install_translator(lang, app)
        settle(app)
        deck.repaint()
        return 1000 * (time.perf_counter() - t)

    first_pass = [change() for _ in range(deck.count)]  # includes building each slide once
    for i in range(3 * deck.count):
        change()
    for i in range(10):
        switch("zh" if i % 2 == 0 else "en")
    for _ in range(200):
        change()
    settle(app)
    rss_before = rss_mb()
    slide_times = [change() for _ in range(changes)]
    deck_switches = [switch("zh" if i % 2 == 0 else "en") for i in range(switches)]
    if i18n.current_language() != "en":
        switch("en")
    settle(app)
    rss_after = rss_mb()
    deck.close()

    window = MainWindow(repo, auto_build=False)
    window.resize(1600, 1000)
    window.show()
    settle(app)
    window._painted = True
    window.build_all_tabs()
    settle(app)
    window_switches = []
    for i in range(20):
        t = time.perf_counter()
        i18n.install_translator("zh" if i % 2 == 0 else "en", app)
        settle(app)
        window.repaint()
        window_switches.append(1000 * (time.perf_counter() - t))
    window.close()
    return {"first_pass": first_pass, "slides": slide_times, "deck_switches": deck_switches,
            "window_switches": window_switches, "rss": (rss_before, rss_after), "count": deck.count}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--changes", type=int, default=2000)
    parser.add_argument("--switches", type=int, default=200)
    args = parser.parse_args()
    med = statistics.median
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        bytecode = compile_package()
        env = user_home_env(env, tmp)
        os.environ.update({k: env[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")})
        from etown_desktop.core.kiosk.pin import save_pin

        save_pin("2468")  # into the temporary config folder
        bare, present, kiosk = [], [], []
        run_child(BARE_CHILD, env)
        run_child(FIRST_SLIDE_CHILD.replace("sys.argv[1:]", "['present']"), env)
        for _ in range(args.repeats):
            start, lines = run_child(BARE_CHILD, env)
            bare.append(float(lines["FIRST_PAINT"]) - start)
            start, lines = run_child(FIRST_SLIDE_CHILD.replace("sys.argv[1:]", "['present']"), env)
            present.append(float(lines["FIRST_PAINT"]) - start)
            start, lines = run_child(
                FIRST_SLIDE_CHILD.replace("sys.argv[1:]", "['kiosk', '--no-supervisor']"), env)
            kiosk.append(float(lines["FIRST_PAINT"]) - start)
        r = in_process(args.changes, args.switches)
    b = med(bare)
    slides, ds, ws = r["slides"], r["deck_switches"], r["window_switches"]
    before, after = r["rss"]
    print(f"E-Town event-mode benchmark (platform {env['QT_QPA_PLATFORM']}, {os.cpu_count()} CPUs, "
          f"{args.repeats} process starts each, median)")
    print(f"  bare PySide6 window, start -> first paint : {1000 * b:7.0f} ms")
    print(f"  present, start -> first slide painted     : {1000 * med(present):7.0f} ms   "
          f"ratio {med(present) / b:.2f}x (goal <= 1.5x)")
    print(f"  kiosk,   start -> first slide painted     : {1000 * med(kiosk):7.0f} ms   "
          f"ratio {med(kiosk) / b:.2f}x (goal <= 1.5x)")
    print(f"  slide change, first pass (builds slides)  : median {med(r['first_pass']):.1f} ms, "
          f"worst {max(r['first_pass']):.1f} ms")
    print(f"  slide change, {len(slides)} changes            : median {med(slides):.1f} ms, "
          f"worst {max(slides):.1f} ms (goal median < 50, worst < 100)")
    print(f"  language switch, slide deck ({len(ds)})       : median {med(ds):.1f} ms, worst {max(ds):.1f} ms")
    print(f"  language switch, main window, all tabs    : median {med(ws):.1f} ms, worst {max(ws):.1f} ms "
          f"(goal < 300 ms)")
    print(f"  RSS before / after {len(slides)} changes + {len(ds)} switches: {before:.1f} MB / {after:.1f} MB, "
          f"growth {after - before:+.1f} MB (goal < 10 MB)")
    print("  first slide, each run (ms): bare " + " ".join(f"{1000 * x:.0f}" for x in bare)
          + " | present " + " ".join(f"{1000 * x:.0f}" for x in present)
          + " | kiosk " + " ".join(f"{1000 * x:.0f}" for x in kiosk))
    print(f"  ({bytecode})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
