"""A show's first slide sets its widgets' accessible roles without resolving ``QAccessible``
(ui/accessibility/roles.py, issue 22): the role factory comes once the slide is painted, or at
once when an assistive technology is listening; either way a screen reader hears the role."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from etown_desktop.ui.accessibility import roles


@pytest.fixture
def fresh_roles(monkeypatch):
    monkeypatch.setitem(roles._installed, "done", False)
    monkeypatch.setitem(roles._installed, "deferred", False)
    yield roles
    roles.install_factory()  # as before the test: installed (installing twice does nothing)


def test_the_c_call_says_what_qaccessible_says(qapp):
    before = QAccessible.isActive()
    try:
        for active in (False, True, False):
            QAccessible.setActive(active)
            assert roles.accessibility_active() is QAccessible.isActive() is active
    finally:
        QAccessible.setActive(before)


@pytest.mark.parametrize("listening", [False, True], ids=["nobody listening", "screen reader"])
def test_a_deferred_role_is_heard_once_the_factory_comes(qtbot, fresh_roles, listening):
    """Nobody listening: the factory waits for the show's first paint. A screen reader listening:
    it comes at once. Either way the card reads as a button."""
    before = QAccessible.isActive()
    QAccessible.setActive(listening)
    try:
        fresh_roles.defer_factory()
        card = QWidget()
        qtbot.addWidget(card)
        card.activate = lambda: None
        fresh_roles.set_role(card, fresh_roles.ROLE_BUTTON)
        assert fresh_roles._installed["done"] is listening
        fresh_roles.install_factory()  # the show's first paint (nothing more when installed)
        assert QAccessible.queryAccessibleInterface(card).role() == QAccessible.Role.Button
    finally:
        QAccessible.setActive(before)
