"""The import report: every problem (click one to see exactly where it is), the change preview,
and Apply / Cancel. Apply is offered only when there are no errors and something changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.theme import colors

if TYPE_CHECKING:
    from etown_desktop.core.editions.importer import ImportPlan
    from etown_desktop.core.editions.validation import Problem


class ImportReportDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        lang = current_language()
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import update — %1").replace("%1", plan.path.name))
        self.resize(980, 640)
        report = plan.report
        errors, warnings = len(report.errors), len(report.warnings)
        if errors:
            summary = self.tr("%1 error(s) and %2 warning(s): fix the errors in the file and import it "
                              "again. Nothing was changed.")
        elif plan.already_active:
            summary = self.tr("No errors (%2 warning(s)). This edition is already the active one; "
                              "there is nothing to apply.")
        else:
            summary = self.tr("No errors (%2 warning(s)). Check the changes below, then Apply.")
        self.summary = QLabel(summary.replace("%1", str(errors)).replace("%2", str(warnings)), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        from etown_desktop.ui.trust.trust_texts import signer_text

        trust = getattr(plan, "trust", None)
        signer = trust.signer if trust is not None else None
        self.signature = QLabel(signer_text(signer) if signer is not None else self.tr(
            "Not signed: accepted because this laptop's policy is warn"), self)
        self.signature.setObjectName("importSignature")
        self.problems = QTreeWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setHeaderLabels([self.tr("Severity"), self.tr("Where"), self.tr("Value"),
                                       self.tr("Problem")])
        self.problems.setRootIsDecorated(False)
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        error_text, warning_text = self.tr("Error"), self.tr("Warning")
        for p in sorted(report.problems, key=lambda p: (p.severity != "error", p.origin, p.line)):
            item = QTreeWidgetItem([error_text if p.severity == "error" else warning_text,
                                    p.where(lang), p.value, p.message(lang)])
            item.setData(0, Qt.ItemDataRole.UserRole, p)
            item.setToolTip(3, p.message(lang))
            if p.severity == "error":
                item.setForeground(0, QBrush(QColor(colors().error)))
            self.problems.addTopLevelItem(item)
        for col, width in enumerate((110, 300, 90)):
            self.problems.setColumnWidth(col, width)
        self.location = QLabel(self)
        self.location.setObjectName("problemLocation")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.currentItemChanged.connect(self._show_location)
        self.copy_location = QPushButton(self.tr("Copy location"), self)
        self.copy_location.setEnabled(False)
        self.copy_location.clicked.connect(self._copy_location)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("changePreview")
        self.preview.setAccessibleName(self.tr("What the update changes"))
        self.preview.setReadOnly(True)
        self.preview.setPlainText(plan.preview.render(lang))
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("Problems found"), top))
        top_layout.addWidget(self.problems)
        top_layout.addWidget(self.location)
        top_layout.addWidget(self.copy_location, 0, Qt.AlignmentFlag.AlignLeft)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Changes compared with the active edition %1")
                                       .replace("%1", plan.active_id), bottom))
        bottom_layout.addWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        if not report.problems:
            top.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Apply"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setEnabled(plan.ok and not plan.already_active)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.signature)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        if self.problems.topLevelItemCount():
            self.problems.setCurrentItem(self.problems.topLevelItem(0))
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def problem_at(self, row: int) -> Problem:
        return self.problems.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole)

    def _show_location(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        p: Problem = item.data(0, Qt.ItemDataRole.UserRole)
        lang = current_language()
        self.location.setText(p.render(lang))
        self.copy_location.setEnabled(True)

    def _copy_location(self) -> None:
        QGuiApplication.clipboard().setText(self.location.text())
