"""A card describing one source: reference, title, publisher, date, page section, note, figure count.

The figure count is a link: clicking it asks (``figuresRequested``) for the source's figures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from etown_desktop.core.formatting import format_publisher, format_source_date
from etown_desktop.core.records import Source
from etown_desktop.ui.text_size.state import px
from etown_desktop.ui.theme import colors
from etown_desktop.ui.widgets.flow_layout import set_cell_width

CARD_MIN_WIDTH = 180  # five cards side by side on a 1366-px laptop beside the source panel


class SourceCard(QFrame):
    figuresRequested = Signal(str)  # the source id

    def __init__(self, source: Source, figure_count: int, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("sourceCard")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(CARD_MIN_WIDTH)
        set_cell_width(self, px(CARD_MIN_WIDTH))  # wider columns at a larger text size
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        section = f" · {source.section(lang)}" if source.section(lang) else ""
        self.ref_label = QLabel(f"{source.ref}{section}", self)
        self.ref_label.setObjectName("cardKicker")
        self.title_label = QLabel(source.title(lang), self)
        self.title_label.setObjectName("cardTitle")
        publisher = format_publisher(source, lang)
        date = format_source_date(source, lang)
        self.publisher_label = QLabel(publisher, self)
        self.publisher_label.setObjectName("cardMeta" if source.publisher else "cardMissing")
        self.date_label = QLabel(date, self)
        self.date_label.setObjectName("cardMissing" if source.is_undated else "cardMeta")
        note = (source.note_zh if lang == "zh" else source.note_en) or ""
        self.note_label = QLabel(note, self)
        self.note_label.setObjectName("muted")
        for w in (self.ref_label, self.title_label, self.publisher_label, self.date_label,
                  self.note_label):
            w.setWordWrap(True)  # "publisher not stated" must never be cut at a narrow width
            layout.addWidget(w)
        self.count_label = QPushButton(self.tr("%1 figures").replace("%1", str(figure_count)), self)
        self.count_label.setObjectName("figureCountLink")
        self.count_label.setFlat(True)
        self.count_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.count_label.setToolTip(self.tr("Show only this source's figures in the table below"))
        self.count_label.setStyleSheet(
            f"QPushButton#figureCountLink {{ color: {colors().accent}; font-weight: 700; border: none;"
            " text-align: left; padding: 2px 0; text-decoration: underline; }")
        self.count_label.clicked.connect(lambda: self.figuresRequested.emit(self.source.id))
        self.setToolTip(f"{source.title(lang)}\n{publisher}, {date}\n{note}")
        layout.addStretch(1)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(f"{source.ref}, {source.title(lang)}")
        self.setAccessibleDescription(f"{publisher}, {date}")

    def text(self) -> str:
        """Everything the card says, for tests and copying."""
        return "\n".join(w.text() for w in (self.ref_label, self.title_label, self.publisher_label,
                                           self.date_label, self.note_label, self.count_label))
