"""CompareView: two profiles side by side, section by section, figures aligned row by row."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from etown_desktop.core.formatting import format_source_date
from etown_desktop.core.profiles.compare import Comparison
from etown_desktop.core.profiles.profile import ProfileFigure
from etown_desktop.core.profiles.texts import text as ptext
from etown_desktop.core.records import Cluster, ClusterZone, Company, Reform, Source
from etown_desktop.core.profiles.headline import section_items
from etown_desktop.core.repository import Repository
from etown_desktop.ui.profiles.profile_widgets import MAX_ITEMS, figure_html, label, more_label, panel
from etown_desktop.ui.profiles.section_table import section_dialog, show_all_text
from etown_desktop.ui.widgets.show_all_dialog import show_all_button
from etown_desktop.ui.theme import colors

log = logging.getLogger(__name__)


def cell_html(item: object, lang: str) -> str:
    esc = html.escape
    zh = lang == "zh"
    if item is None:
        return f"<span style='color:{colors().muted}'>—</span>"
    if isinstance(item, ProfileFigure):
        return figure_html(item, lang)
    if isinstance(item, Company):
        return f"<b>{esc(item.name(lang))}</b><br>{esc(item.description_zh if zh else item.description_en)}"
    if isinstance(item, Cluster):
        return f"<b>{esc(item.name(lang))}</b><br>{esc(item.description_zh if zh else item.description_en)}"
    if isinstance(item, ClusterZone):
        d = item.district.name_zh if zh else item.district.name_en
        i = item.industry.name_zh if zh else item.industry.name_en
        return esc(f"{d}{'：' if zh else ': '}{i}")
    if isinstance(item, Reform):
        return f"<b>{esc(item.name(lang))}</b>"
    if isinstance(item, Source):
        return esc(f"{item.ref}  {item.title(lang)} — {format_source_date(item, lang)}")
    return esc(str(item))


class CompareView(QWidget):
    def __init__(self, comparison: Comparison, lang: str, parent: QWidget | None = None, hub=None,
                 repo: Repository | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.lang = lang
        self.hub = hub
        self.repo = repo
        self.section_dialog: QWidget | None = None  # the last "Show all" window opened
        self.cells: list[tuple[QLabel, QLabel]] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.left_title = label(comparison.left.name(lang), self, 18, bold=True)
        self.right_title = label(comparison.right.name(lang), self, 18, bold=True)
        grid.addWidget(self.left_title, 0, 0)
        grid.addWidget(self.right_title, 0, 1)
        row = 1
        for col, prof in enumerate((comparison.left, comparison.right)):
            if prof.thin:
                grid.addWidget(label(ptext(lang, "thin"), self, 11, bold=True, color=colors().warn), row, col)
        row += 1
        for section in comparison.sections:
            grid.addWidget(label(ptext(lang, section.key), self, 15, bold=True), row, 0, 1, 2)
            row += 1
            if not section.rows:
                grid.addWidget(label(ptext(lang, "none"), self, 11, muted=True), row, 0, 1, 2)
                row += 1
            for left, right in section.rows[:MAX_ITEMS]:
                pair = []
                for col, item in enumerate((left, right)):
                    frame, lay = panel(self, "compareCell")
                    cell = label(cell_html(item, lang), frame, 11)
                    cell.setTextFormat(Qt.TextFormat.RichText)  # "R&amp;D" (escaped, no tag) shows as R&D
                    lay.addWidget(cell)
                    grid.addWidget(frame, row, col)
                    pair.append(cell)
                self.cells.append((pair[0], pair[1]))
                row += 1
            if len(section.rows) > MAX_ITEMS:  # a large database: the first rows, then "… and N more"
                grid.addWidget(more_label(MAX_ITEMS, len(section.rows), lang, self), row, 0, 1, 2)
                row += 1
                if repo is not None:  # and each side's full list, as a table
                    for col, prof in enumerate((comparison.left, comparison.right)):
                        total = len(section_items(prof, section.key))
                        if total:
                            grid.addWidget(show_all_button(
                                show_all_text(total),
                                lambda _=False, p=prof, k=section.key: self.show_all(p, k), self), row, col)
                    row += 1
        grid.setRowStretch(row, 1)

    def show_all(self, profile, key: str) -> QWidget:
        """Open one side's full list of section ``key`` in a table (rows fetched on demand)."""
        dialog = section_dialog(self.repo, profile, key, self.lang, self.hub, self)
        self.section_dialog = dialog
        dialog.show()
        return dialog
