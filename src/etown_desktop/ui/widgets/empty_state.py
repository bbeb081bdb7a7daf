"""A "No matches for …" line shown inside a table's area when its filter leaves no row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from etown_desktop.ui.theme import colors
from etown_desktop.ui.text_size.state import pt


class EmptyState(QLabel):
    """Sits on ``view``'s viewport; visible only while ``view``'s model has no rows and a query is set."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.query = ""
        self.setObjectName("emptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {colors().muted}; font-size: {pt(13):g}pt; padding: 16px;")
        view.viewport().installEventFilter(self)
        self.hide()

    def watch(self, model: QAbstractItemModel) -> None:
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.refresh)

    def set_query(self, text: str) -> None:
        self.query = text.strip()
        self.refresh()

    def refresh(self, *_args) -> None:
        model = self.view.model()
        empty = bool(self.query) and model is not None and model.rowCount() == 0
        if empty:
            self.setText(self.tr("No matches for “%1”").replace("%1", self.query))
            self.setGeometry(self.view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.view.viewport().rect())
        return super().eventFilter(obj, event)
