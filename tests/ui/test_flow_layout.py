from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea

from etown_desktop.ui.widgets.flow_layout import flow_container


@pytest.mark.parametrize("width, columns", [(1400, 4), (900, 3), (620, 2), (300, 1), (120, 1)])
def test_cards_reflow_to_the_width_they_get_and_never_clip(qtbot, width, columns):
    box, layout = flow_container(spacing=10)
    qtbot.addWidget(box)
    cards = []
    for i in range(7):
        card = QLabel(f"card {i}")
        card.setMinimumWidth(280)
        card.setMinimumHeight(60)
        layout.addWidget(card)
        cards.append(card)
    box.resize(width, layout.heightForWidth(width))
    box.show()
    qtbot.waitExposed(box)
    assert layout.columns_for(width) == columns
    tops = sorted({c.geometry().top() for c in cards})
    assert len(tops) == -(-7 // columns)  # rows = ceil(7 / columns)
    for c in cards:
        g = c.geometry()
        assert g.left() >= 0 and (g.right() < width or columns == 1)
        assert g.width() >= min(280, width)
        assert g.height() >= 60


def test_height_for_width_grows_as_the_layout_narrows(qtbot):
    area = QScrollArea()
    qtbot.addWidget(area)
    box, layout = flow_container()
    for i in range(6):
        card = QLabel(f"card {i}")
        card.setMinimumSize(250, 80)
        layout.addWidget(card)
    assert layout.heightForWidth(300) > layout.heightForWidth(800) > layout.heightForWidth(1700)
    assert layout.minimumSize().width() == 250


class _SwallowChildRemoved:
    """An application-wide event filter that eats ChildRemoved: the grid is never told its card went."""

    def __init__(self, app):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802
                return event.type() == QEvent.Type.ChildRemoved

        self.app, self.filter = app, Filter()

    def __enter__(self):
        self.app.installEventFilter(self.filter)
        return self

    def __exit__(self, *exc):
        self.app.removeEventFilter(self.filter)


@pytest.mark.parametrize("how", ["delete", "deleteLater", "reparented"])
def test_a_card_destroyed_behind_the_grids_back_is_forgotten_not_crashed_on(qtbot, qapp, how):
    """CI once crashed (segmentation fault) in the grid's height-for-width: one of its items
    pointed at a destroyed widget. Qt only takes an item out when the ChildRemoved event reaches
    the layout; here it never does, and the grid must still answer and lay out the rest."""
    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    box, layout = flow_container(spacing=10)
    qtbot.addWidget(box)
    cards = []
    for i in range(5):
        card = QLabel(f"card {i}", box)
        card.setMinimumSize(200, 60)
        layout.addWidget(card)
        cards.append(card)
    box.resize(700, layout.heightForWidth(700))
    box.show()
    qtbot.waitExposed(box)
    gone = cards.pop(2)
    with _SwallowChildRemoved(qapp):
        if how == "delete":
            shiboken6.delete(gone)
        elif how == "deleteLater":
            gone.deleteLater()
            qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        else:  # its parent (not the grid's box) is destroyed with it
            other = QWidget()
            gone.setParent(other)
            shiboken6.delete(other)
    assert not shiboken6.isValid(gone)
    # the grid still answers every size question, with the four cards left
    assert layout.heightForWidth(700) == 2 * 60 + 10  # three cards fit a row at 700 px: two rows
    assert layout.count() == 4
    assert [layout.itemAt(i).widget() for i in range(layout.count())] == cards
    box.resize(450, layout.heightForWidth(450))
    qtbot.waitUntil(lambda: cards[1].geometry().top() == 0 and cards[2].geometry().top() > 0)
    assert layout.minimumSize().width() == 200


def test_a_grid_whose_python_attributes_the_collector_cleared_answers_as_empty(qtbot):
    """Python's cyclic collector clears a dropped window's wrappers' attributes one by one before Qt
    destroys the window; Qt may still lay the grid out in between. It must not raise inside Qt
    (pytest-qt fails this test on any exception raised in a Qt virtual)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window)
    box, layout = flow_container(window)
    window.layout().addWidget(box)
    for i in range(5):
        card = QLabel(f"card {i}", box)
        card.setMinimumSize(200, 60)
        layout.addWidget(card)
    window.resize(900, 400)
    window.show()
    qtbot.waitExposed(window)
    assert layout.count() == 5 and layout.heightForWidth(900) > 60

    layout.__dict__.clear()  # what the collector's tp_clear does to the wrapper

    assert layout.count() == 0 and layout.itemAt(0) is None and layout.takeAt(0) is None
    assert layout.heightForWidth(900) == 0 and layout.minimumSize().width() == 0
    window.resize(600, 500)  # a real layout pass: Qt asks the grid's geometry and height
    layout.invalidate()
    qtbot.wait(20)
    window.close()


def test_a_height_is_worked_out_once_per_width_until_an_item_changes(qtbot, monkeypatch):
    box, layout = flow_container(spacing=10)
    qtbot.addWidget(box)
    cards = []
    for i in range(4):
        card = QLabel(f"card {i}")
        card.setMinimumSize(280, 60)
        layout.addWidget(card)
        cards.append(card)
    passes: list[bool] = []
    real = type(layout)._do_layout
    monkeypatch.setattr(type(layout), "_do_layout",
                        lambda self, rect, test_only: passes.append(test_only) or real(self, rect, test_only))
    two_rows = layout.heightForWidth(620)
    assert layout.heightForWidth(620) == two_rows and layout.heightForWidth(620) == two_rows
    assert passes == [True]  # Qt asks again and again while it lays a page out: worked out once
    assert layout.heightForWidth(300) > two_rows and len(passes) == 2

    cards[0].setMinimumHeight(200)  # an item grows (a text, a font, a text size): asked anew
    assert layout.heightForWidth(620) > two_rows
    cards[0].hide()  # and one goes: the rows close up
    cards[1].hide()
    assert layout.heightForWidth(620) == 60
    extra = QLabel("card 4")
    extra.setMinimumSize(280, 90)
    layout.addWidget(extra)  # one more: a new row's worth
    assert layout.heightForWidth(620) == 60 + 10 + 90
