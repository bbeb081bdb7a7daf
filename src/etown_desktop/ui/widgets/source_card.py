"""A card describing one source: reference, title, publisher, date, page section, note, figure count."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from etown_desktop.core.formatting import format_publisher, format_source_date
from etown_desktop.core.records import Source


class SourceCard(QFrame):
    def __init__(self, source: Source, figure_count: int, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("sourceCard")
        # Equal widths whatever the text: the layout's stretch factors decide, not the size hints.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        section = f" · {source.section(lang)}" if source.section(lang) else ""
        self.ref_label = QLabel(f"{source.ref}{section}", self)
        self.ref_label.setObjectName("cardKicker")
        self.ref_label.setWordWrap(True)
        self.title_label = QLabel(source.title(lang), self)
        self.title_label.setObjectName("cardTitle")
        self.title_label.setWordWrap(True)
        publisher = format_publisher(source, lang)
        date = format_source_date(source, lang)
        self.publisher_label = QLabel(publisher, self)
        self.publisher_label.setObjectName("cardMeta" if source.publisher else "cardMissing")
        self.date_label = QLabel(date, self)
        self.date_label.setObjectName("cardMissing" if source.is_undated else "cardMeta")
        note = (source.note_zh if lang == "zh" else source.note_en) or ""
        self.note_label = QLabel(note, self)
        self.note_label.setObjectName("muted")
        self.note_label.setWordWrap(True)
        self.count_label = QLabel(self.tr("%1 figures").replace("%1", str(figure_count)), self)
        self.count_label.setObjectName("cardKicker")
        self.setToolTip(f"{source.title(lang)}\n{publisher}, {date}\n{note}\n{source.seed_file}")
        for w in (self.ref_label, self.title_label, self.publisher_label, self.date_label,
                  self.note_label):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.count_label)

    def text(self) -> str:
        """Everything the card says, for tests and copying."""
        return "\n".join(w.text() for w in (self.ref_label, self.title_label, self.publisher_label,
                                           self.date_label, self.note_label, self.count_label))
