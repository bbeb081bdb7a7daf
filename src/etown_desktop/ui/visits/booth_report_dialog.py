"""Help → Booth report…: the visit statistics of this computer, saved as PDF, XLSX or CSV."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.errors import EtownError
from etown_desktop.core.visits.stats import BoothStats, export_stats, read_stats
from etown_desktop.core.visits.visit_log import default_log_path
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.visits.visit_log_messages import visit_log_message
from etown_desktop.ui.widgets import file_dialogs

log = logging.getLogger(__name__)


class BoothReportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, log_path: Path | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path or default_log_path()
        self.stats: BoothStats | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._retranslate()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Booth report"))
        self.save_button.setText(self.tr("Save report…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        try:
            self.stats = read_stats(self.log_path)
        except EtownError as exc:
            self.stats = None
            self.summary.setText(self.tr("No visits recorded on this computer yet.") + "\n"
                                 + visit_log_message(exc))
            self.save_button.setEnabled(False)
            return
        s = self.stats
        median = "—" if s.median_visit_s is None else f"{s.median_visit_s:g}"
        self.summary.setText(self.tr("Visits: {visits} · median visit length: {median} s · "
                                     "figures tapped: {taps}").format(
            visits=s.visits, median=median, taps=s.figure_taps)
            + (" · " + self.tr("contacts left: {n}").format(n=s.contacts) if s.contacts else "")
            + (" · " + self.tr("resets continued (Still there?): {n}").format(n=s.continued)
               if s.continued else ""))
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self.stats is None:
            return
        path, _ = file_dialogs.save_file_name(
            self, self.tr("Save booth report"), "booth-report.pdf",
            self.tr("PDF report (*.pdf)") + ";;" + self.tr("Excel workbook (*.xlsx)") + ";;"
            + self.tr("CSV table (*.csv)"))
        if not path:
            return
        try:
            save_report(self.stats, Path(path), *report_context(getattr(self.parent(), "repo", None)))
        except EtownError as exc:
            QMessageBox.warning(self, self.tr("Booth report"), str(exc))


def save_report(stats: BoothStats, path: Path, edition: str = "",
                labels: dict[str, str] | None = None,
                slide_titles: dict[tuple[str, int], str] | None = None) -> Path:
    """The report at ``path`` (.pdf, .xlsx or .csv); slides and figures named by their titles."""
    if path.suffix.lower() == ".pdf":
        from etown_desktop.ui.visits.booth_report_pdf import export_booth_pdf

        return export_booth_pdf(stats, path, edition, labels, slide_titles)
    return export_stats(stats, path, slide_titles)


def report_context(repo, lang: str | None = None) -> tuple[str, dict[str, str], dict[tuple[str, int], str]]:
    """(edition line, figure labels, slide titles) of the open fact database, in ``lang``
    (default: the interface language)."""
    if repo is None:
        return "", {}, {}
    from etown_desktop.core.export.texts import text as data_text
    from etown_desktop.core.visits.slide_titles import slide_titles
    from etown_desktop.ui.i18n import current_language

    lang = lang or current_language()
    return (data_text(lang, "edition_note", edition=repo.metadata.edition),
            {f.id: f.label(lang) for f in repo.figures()}, slide_titles(repo, lang))
