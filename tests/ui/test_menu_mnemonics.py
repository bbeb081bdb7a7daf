"""Every entry of every menu of the main window has its own mnemonic (the underlined Alt+letter
of an open menu), in English and in Chinese: no two entries of one menu share a key, and none
is without one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from etown_desktop.ui import i18n


def mnemonic(text: str) -> str | None:
    """The mnemonic character of a menu text ("New &lead…" -> "l"; "Plans && targets" -> None)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def test_mnemonic_reader():
    assert mnemonic("New &lead…") == "l" and mnemonic("文件(&F)") == "f"
    assert mnemonic("Plans && targets") is None and mnemonic("&1 Plans && targets") == "1"
    assert mnemonic("Sources && &all figures") == "a"


def _menus(window) -> list[tuple[str, list[str]]]:
    """(menu title, its entries' texts) for the menu bar and every menu under it, and every other
    QMenu the window holds."""
    out: list[tuple[str, list[str]]] = []
    seen: set[int] = set()

    def walk(title: str, menu: QMenu) -> None:
        if id(menu) in seen:
            return
        seen.add(id(menu))
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        out.append((title, texts))
        for a in menu.actions():
            if a.menu() is not None:
                walk(f"{title} › {a.text()}", a.menu())

    bar = window.menuBar()
    out.append(("menu bar", [a.text() for a in bar.actions() if a.isVisible()]))
    for a in bar.actions():
        if a.menu() is not None:
            walk(a.text(), a.menu())
    for menu in window.findChildren(QMenu):
        if menu.actions() and menu.objectName() != "moreTabsMenu":
            walk(menu.title() or menu.objectName() or type(menu.parent()).__name__, menu)
    return out


def _problems(window) -> list[str]:
    problems = []
    for title, texts in _menus(window):
        keys: dict[str, str] = {}
        for text in texts:
            key = mnemonic(text)
            if key is None:
                problems.append(f"{title}: {text!r} has no mnemonic")
            elif key in keys:
                problems.append(f"{title}: {text!r} and {keys[key]!r} share '{key}'")
            else:
                keys[key] = text
    return problems


@pytest.fixture
def full_window(open_main_window, tmp_path, monkeypatch):
    """The window as the app starts it: exports, Data and Leads menus installed (app/bootstrap)."""
    from etown_desktop.app.bootstrap import install_data_menu, install_leads, install_window_exports

    window = open_main_window()
    install_window_exports(window, window.repo)
    install_data_menu(window)
    install_leads(window)
    yield window
    i18n.install_translator("en")


def test_every_menu_entry_has_its_own_mnemonic_en_and_zh(full_window, qapp):
    window = full_window
    menus = dict(_menus(window))
    assert {"&File", "&View", "&Data", "&Leads", "&Help"} <= set(menus)
    assert len(menus["&File"]) >= 10 and any("&1" in t for t in menus["&View"])
    assert _problems(window) == []
    i18n.install_translator("zh")
    qapp.processEvents()
    menus = dict(_menus(window))
    assert {"文件(&F)", "视图(&V)", "线索(&L)"} <= set(menus)
    assert _problems(window) == []
