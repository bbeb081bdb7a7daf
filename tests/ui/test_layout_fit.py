"""Nothing on a tab is clipped at the projector size: every visible label has the room its text
needs (wrapped labels: height for their width; single-line labels: width of their text)."""

from __future__ import annotations

import importlib
import re

import pytest
from settle import settle
from PySide6.QtWidgets import QLabel

from etown_desktop.ui.screens.layout_audit import clipped_labels
from etown_desktop.ui.tabs import TAB_REGISTRY

# 1600x1000 window minus the source panel leaves about 1300 px for a tab.
TAB_SIZE = (1300, 900)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", [t[0] for t in TAB_REGISTRY])
def test_no_label_is_clipped(qtbot, qapp, repo, hub, name, lang):
    from etown_desktop.ui import i18n

    assert i18n.install_translator(lang, qapp) or lang == "en"
    request_cleanup = lambda: i18n.install_translator("en", qapp)  # noqa: E731
    try:
        tab = _check_tab(qtbot, repo, hub, name)
        if lang == "zh":  # the tab really was built in Chinese
            assert any(re.search(r"[\u4e00-\u9fff]", lab.text()) for lab in tab.findChildren(QLabel))
    finally:
        request_cleanup()


def _check_tab(qtbot, repo, hub, name):
    _, module, cls = next(t for t in TAB_REGISTRY if t[0] == name)
    tab = getattr(importlib.import_module(module), cls)(repo, hub)
    qtbot.addWidget(tab)
    tab.resize(*TAB_SIZE)
    tab.show()
    qtbot.waitExposed(tab)
    settle(tab)  # height-for-width layouts
    assert not clipped_labels(tab), "\n".join(clipped_labels(tab))
    return tab
