"""What one chart plot costs to make, with pyqtgraph's "Plot Options" form and with the state form
the app installs (ui/charts/plot_options.py), measured in the same run (offscreen).

    python bench/bench_plot_options.py [--plots 40] [--repeats 5]

Prints, per plot (the median of the repeats): the time to make a ``pg.PlotWidget`` as the app's
charts make it (``enableMenu=False``) and the widgets it makes. pyqtgraph's own form is the
baseline, measured alternately in the same run: the ratio is state form / pyqtgraph's form.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([])
    import pyqtgraph as pg

    from etown_desktop.ui.charts import plot_options

    plot_options.install()
    template = plot_options.installed()
    module = plot_options._plot_item_module()
    forms = {"pyqtgraph's form": template.template, "state form": template}
    times: dict[str, list[float]] = {name: [] for name in forms}
    widgets: dict[str, int] = {}
    for name, form in forms.items():  # one plot each first: the first plot resolves Qt classes
        module.ui_template = form
        pg.PlotWidget(enableMenu=False).deleteLater()
    app.processEvents()
    for _ in range(args.repeats):
        for name, form in forms.items():  # alternating: a slower moment of the machine hits both
            module.ui_template = form
            holder = QWidget()
            before = len(QApplication.allWidgets())
            start = time.perf_counter()
            for _ in range(args.plots):
                pg.PlotWidget(parent=holder, enableMenu=False)
            times[name].append((time.perf_counter() - start) / args.plots)
            widgets[name] = (len(QApplication.allWidgets()) - before) // args.plots
            holder.deleteLater()
            app.processEvents()
    module.ui_template = template
    base = statistics.median(times["pyqtgraph's form"])
    print(f"One chart plot (pg.PlotWidget, enableMenu=False), {args.plots} plots x {args.repeats} runs, "
          f"median, platform {os.environ['QT_QPA_PLATFORM']}, pyqtgraph {pg.__version__}")
    for name in forms:
        t = statistics.median(times[name])
        print(f"  {name:17s}: {1000 * t:6.2f} ms a plot ({t / base:.2f}x), {widgets[name]} widgets a plot")
    return 0


if __name__ == "__main__":
    sys.exit(main())
