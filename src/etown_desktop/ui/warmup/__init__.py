"""Warm-up after the first paint: the heavy imports the tabs need, split into event-loop steps.

Importing pyqtgraph costs ~0.3 s on the GUI thread in one go (it materialises every QtCore,
QtGui and QtWidgets class, then runs ~80 modules). Here the same work is done as a list of small
steps (:mod:`etown_desktop.ui.warmup.plan`), each run in its own event-loop turn, so the window
keeps repainting and taking input while the tabs are being prepared.
"""
