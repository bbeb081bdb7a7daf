"""Warm-up after the first paint: the heavy imports the tabs need, kept off the GUI thread's way.

Importing pyqtgraph costs ~0.3 s on the GUI thread in one go (it materialises every QtCore,
QtGui and QtWidgets class, then runs ~80 modules). Here the Qt classes are materialised in small
steps, each run in its own event-loop turn, and numpy and pyqtgraph are then imported on a worker
thread (:mod:`etown_desktop.ui.warmup.background_import`), so the window keeps repainting and
taking input while the tabs are being prepared (:mod:`etown_desktop.ui.warmup.plan`).
"""
