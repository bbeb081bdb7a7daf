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


def test_deferred_roles_are_heard_once_the_factory_comes(qtbot, fresh_roles):
    before = QAccessible.isActive()
    QAccessible.setActive(False)
    try:
        fresh_roles.defer_factory()
        card = QWidget()
        qtbot.addWidget(card)
        card.activate = lambda: None
        fresh_roles.set_role(card, fresh_roles.ROLE_BUTTON)
        assert not fresh_roles._installed["done"]  # nobody listening: not yet
        fresh_roles.install_factory()  # the show's first paint
        assert QAccessible.queryAccessibleInterface(card).role() == QAccessible.Role.Button
    finally:
        QAccessible.setActive(before)


def test_with_a_screen_reader_listening_the_factory_comes_at_once(qtbot, fresh_roles):
    before = QAccessible.isActive()
    QAccessible.setActive(True)
    try:
        fresh_roles.defer_factory()
        chart = QWidget()
        qtbot.addWidget(chart)
        fresh_roles.set_role(chart, fresh_roles.ROLE_CHART)
        assert fresh_roles._installed["done"]
        assert QAccessible.queryAccessibleInterface(chart).role() == QAccessible.Role.Chart
    finally:
        QAccessible.setActive(before)
