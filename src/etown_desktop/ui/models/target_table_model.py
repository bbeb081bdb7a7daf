"""TargetTableModel: a plan's targets next to the latest actual (or related) figure."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from etown_desktop.core.formatting import format_value
from etown_desktop.core.records import Target
from etown_desktop.ui.models.record_table_model import RecordTableModel


class TargetTableModel(RecordTableModel):
    CONTEXT = "TargetTableModel"
    COLUMNS = (QT_TRANSLATE_NOOP("TargetTableModel", "Target"),
               QT_TRANSLATE_NOOP("TargetTableModel", "Target value"),
               QT_TRANSLATE_NOOP("TargetTableModel", "Latest figure"),
               QT_TRANSLATE_NOOP("TargetTableModel", "Comparable?"),
               QT_TRANSLATE_NOOP("TargetTableModel", "Note"))

    def __init__(self, targets: list[Target], lang: str = "en", parent=None) -> None:
        super().__init__(targets, lang, parent)

    @property
    def targets(self) -> list[Target]:
        return self.records

    def cell_text(self, t: Target, column: int) -> str:
        lang = self.lang
        if column == 0:
            return t.target.label(lang)
        if column == 1:
            return format_value(t.target, lang)
        if column == 2:
            if t.actual is None:
                return QCoreApplication.translate("TargetTableModel", "not stated")
            return format_value(t.actual, lang)
        if column == 3:
            if t.actual is None:
                return "—"
            if t.actual_relation == "same":
                return QCoreApplication.translate("TargetTableModel", "yes")
            return QCoreApplication.translate("TargetTableModel", "no — a different measure")
        return (t.note_zh if lang == "zh" else t.note_en) or ""

    def figure_id(self, t: Target, column: int) -> str | None:
        if column in (2, 3) and t.actual is not None:
            return t.actual.id
        return t.target.id
