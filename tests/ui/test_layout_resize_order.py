"""A chart's fit does not depend on the window's earlier sizes.

A staffer drags the window between sizes, moves it to the projector and back: after any sequence
of sizes, each tab must read as it does when the window opened at that size. (CI found the
Chinese cluster matrix with its names drawn over each other at 960x540 only after certain
earlier sizes; the cause turned out to be a window at 200 % text left alive by a test fixture,
but a refit that remembers its last width could fail the same way, so the orders stay tested.)"""

from __future__ import annotations

import pytest
from layout_window import layout_window

from etown_desktop.ui.screens.layout_audit import audit_page
from settle import pump

# the logical sizes of test_layout_matrix.SCREENS, without duplicates
SIZES = [(1280, 720), (1366, 768), (1920, 1080), (2560, 1440), (3840, 2160), (1536, 864), (960, 540)]
TABS = ("clusters", "overview", "foreign-investment")  # the tabs whose charts refit


@pytest.fixture(scope="module", params=["zh"])  # the longer-wrapping names
def window(request, qapp, repo, tmp_path_factory):
    with layout_window(qapp, repo, request.param, tmp_path_factory.mktemp("resize")) as win:
        yield win


@pytest.mark.parametrize("order", ["forward", "reverse", "zigzag"])
def test_every_size_reads_whatever_came_before(window, order):
    sizes = {"forward": SIZES, "reverse": SIZES[::-1],
             "zigzag": [s for pair in zip(SIZES, SIZES[::-1]) for s in pair]}[order]
    problems = []
    for name in TABS:
        window.select_tab(name)
        pump(6)
        for width, height in sizes:
            window.resize(width, height)
            pump(6)
            problems += [f"{width}x{height} {name}: {p}" for p in audit_page(window.tab_widget(name))]
    assert not problems, "\n".join(problems)
