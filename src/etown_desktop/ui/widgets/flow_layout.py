"""A layout that places its items left to right and wraps to a new row when the width runs out.

Port of Qt's "Flow Layout" example, with one addition: items can be stretched to share each row's width
evenly (``stretch=True``), which turns it into a responsive grid — as many columns as fit at the items'
minimum width, never fewer than one, never wider than the layout (no horizontal clipping, no scrolling).

A layout written in Python keeps Qt's layout items in a Python list, and Qt only takes an item out
(``takeAt``) when the layout's widget is told its child went away (a ChildRemoved event). When that
event does not reach the layout (an application-wide event filter that swallows it), the item stays
behind with a dangling pointer to its destroyed widget, and the next size question crashes the
process inside Qt (``QWidgetItem::isEmpty``; seen once in CI). So each item's widget is kept beside
it, as a Python reference whose validity shiboken tracks, and an item whose widget is gone is dropped
before the layout asks it anything (the item itself is left alone: Qt never freed it, and its
``delete`` would be a guess).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


# A widget property: the width its column should have (a card's width at the text size in use, see
# ui/text_size). Columns are counted at it; the widget's minimum width stays the least it can take,
# so a narrow window gets one narrower column instead of a page wider than the window.
CELL_WIDTH_PROPERTY = "etownFlowCellWidth"


def set_cell_width(widget: QWidget, width: int) -> None:
    widget.setProperty(CELL_WIDTH_PROPERTY, int(width))


class FlowLayout(QLayout):
    # What the layout answers when its Python attributes are gone: Python's cyclic collector clears a
    # dropped window's wrappers' attributes (their ``__dict__``) one by one before the last reference
    # goes and Qt destroys the window, and Qt can still ask the layout its size in between (seen once
    # in CI: "'FlowLayout' object has no attribute '_items'" from ``itemAt``). It then answers as an
    # empty layout with its default spacing, instead of raising inside Qt.
    _items: list[QLayoutItem] | tuple = ()
    _widgets: list[QWidget | None] | tuple = ()
    _spacing = 12
    _stretch = True
    _max_columns: int | None = None
    cells_placed: Callable[[list[tuple[QWidget, int]]], None] | None = None
    _heights: dict[int, int] | None = None

    def __init__(self, parent: QWidget | None = None, margin: int = 0, spacing: int = 12,
                 stretch: bool = True, max_columns: int | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._widgets: list[QWidget | None] = []  # each item's widget (None: a spacer or layout)
        self._spacing = spacing
        self._stretch = stretch
        self._max_columns = max_columns
        # Called on each real pass, before heights are measured, with every visible widget and the
        # width it gets: a grid's cards can agree on something that depends on it (their value
        # size, ui/widgets/value_size.py) and be measured at it in the same pass.
        self.cells_placed: Callable[[list[tuple[QWidget, int]]], None] | None = None
        # heightForWidth's answers until the layout is invalidated (Qt asks the same width again
        # and again while it lays a page out: 90 questions for 11 answers in a start); Qt
        # invalidates the layout whenever an item is added or taken, shown or hidden, or changes
        # its size hint (a text, a font, a text size).
        self._heights: dict[int, int] | None = {}
        self.setContentsMargins(QMargins(margin, margin, margin, margin))

    # -- QLayout API -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)
        self._widgets.append(item.widget())
        self._forget_heights()

    def count(self) -> int:
        self._drop_orphans()
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        # (no check here: Qt walks itemAt(0), itemAt(1), … and only compares or recurses)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        self._drop_orphans()
        if not 0 <= index < len(self._items):
            return None
        del self._widgets[index]
        self._forget_heights()
        return self._items.pop(index)

    def _drop_orphans(self) -> None:
        """Forget every item whose widget was destroyed without Qt taking the item out first."""
        if all(w is None or shiboken6.isValid(w) for w in self._widgets):
            return
        kept = [(item, w) for item, w in zip(self._items, self._widgets)
                if w is None or shiboken6.isValid(w)]
        self._items = [item for item, _ in kept]
        self._widgets = [w for _, w in kept]
        self._forget_heights()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        heights = self._heights
        if heights is None:  # (attributes cleared, see above)
            return self._do_layout(QRect(0, 0, width, 0), test_only=True)
        self._drop_orphans()  # (forgets the answers if an item's widget went unannounced)
        height = heights.get(width)
        if height is None:
            height = heights[width] = self._do_layout(QRect(0, 0, width, 0), test_only=True)
        return height

    def invalidate(self) -> None:
        self._forget_heights()
        super().invalidate()

    def _forget_heights(self) -> None:
        if self._heights:
            self._heights.clear()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest single item: one column always fits."""
        size = QSize(0, 0)
        self._drop_orphans()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def horizontal_spacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        return self.smartSpacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def smartSpacing(self, metric: QStyle.PixelMetric) -> int:  # noqa: N802
        parent = self.parent()
        if parent is None:
            return 12
        if parent.isWidgetType():
            return parent.style().pixelMetric(metric, None, parent)
        return parent.spacing()

    # -- layout ------------------------------------------------------------------------------
    def columns_for(self, width: int) -> int:
        """How many equal columns fit in ``width`` at the widest item's minimum width (≥ 1)."""
        items = self._visible()
        if not items:
            return 1
        cell = max(self._min_width(item) for item in items)
        fit = (width + self.horizontal_spacing()) // (cell + self.horizontal_spacing())
        if self._max_columns:  # a grid of up to N columns: two cards in a 4-column row stay a quarter wide
            return max(1, min(self._max_columns, fit))
        return max(1, min(len(items), fit))

    def _visible(self) -> list[QLayoutItem]:
        self._drop_orphans()
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _min_width(item: QLayoutItem) -> int:
        least = max(1, item.minimumSize().width() or item.sizeHint().width())
        widget = item.widget()
        cell = widget.property(CELL_WIDTH_PROPERTY) if widget is not None else None
        return max(least, cell) if isinstance(cell, int) else least

    def _rows(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """Rows of (item, width): an even grid when stretching, else items at their size hints."""
        gap = self.horizontal_spacing()
        items = self._visible()
        if self._stretch:
            columns = self.columns_for(width)
            cell = max(1, (width - gap * (columns - 1)) // columns)
            return [[(item, cell) for item in items[i:i + columns]]
                    for i in range(0, len(items), columns)]
        rows: list[list[tuple[QLayoutItem, int]]] = []
        row: list[tuple[QLayoutItem, int]] = []
        used = 0
        for item in items:
            w = min(width, max(self._min_width(item), item.sizeHint().width()))
            if row and used + gap + w > width:
                rows.append(row)
                row, used = [], 0
            used += (gap if row else 0) + w
            row.append((item, w))
        if row:
            rows.append(row)
        return rows

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.horizontal_spacing()
        y = area.y()
        rows = self._rows(max(1, area.width()))
        if not test_only and self.cells_placed is not None:
            self.cells_placed([(widget, w) for row in rows for item, w in row
                               if (widget := item.widget()) is not None])
        for row in rows:
            heights = [self._item_height(item, w) for item, w in row]
            row_height = max(heights)
            x = area.x()
            for (item, w), h in zip(row, heights):
                if not test_only:
                    item.setGeometry(QRect(QPoint(x, y), QSize(w, row_height if self._stretch else h)))
                x += w + gap
            y += row_height + gap
        if rows:
            y -= gap
        return y - rect.y() + m.bottom()

    @staticmethod
    def _item_height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.minimumSize().height(), item.heightForWidth(width))
        widget = item.widget()
        if widget is not None and widget.sizePolicy().hasHeightForWidth():
            return max(widget.minimumHeight(), widget.heightForWidth(width))
        return max(item.minimumSize().height(), item.sizeHint().height())


def flow_container(parent: QWidget | None = None, spacing: int = 12, stretch: bool = True,
                   max_columns: int | None = None,
                   box: QWidget | None = None) -> tuple[QWidget, FlowLayout]:
    """A widget holding a FlowLayout, with a size policy that lets it shrink to one column
    (``box``: that widget, made already, with no layout yet)."""
    box = QWidget(parent) if box is None else box
    layout = FlowLayout(box, spacing=spacing, stretch=stretch, max_columns=max_columns)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    box.setSizePolicy(policy)
    return box, layout
