"""The Brief panel (a dock): the items (drag to reorder, remove), the cover the staffer types,
the language (English, Chinese or both side by side), and export / print / save / open."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.brief.model import Cover
from etown_desktop.core.errors import EtownError
from etown_desktop.ui.accessibility.names import name_chrome
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.brief.brief_controller import BriefController
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.screens.vertical_scroll_area import VerticalScrollArea
from etown_desktop.ui.text_size.docks import size_title_buttons
from etown_desktop.ui.widgets import file_dialogs
from etown_desktop.ui.widgets.wheel_guard import guard_wheel

log = logging.getLogger(__name__)

REF_ROLE = Qt.ItemDataRole.UserRole + 20


class BriefPanel(QWidget):
    def __init__(self, controller: BriefController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.last_folder = str(Path.home())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        lay.addWidget(self.count_label)
        self.list = QListWidget(self)
        self.list.setObjectName("briefItems")
        name_chrome(self.list, "BriefPanel", QT_TRANSLATE_NOOP("BriefPanel", "Items in the brief"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(120)
        self.list.model().rowsMoved.connect(self._rows_moved)
        lay.addWidget(self.list, 1)
        self.list.setMinimumHeight(150)
        row = QHBoxLayout()
        self.up_button = QPushButton("↑", self)
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = QPushButton("↓", self)
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        for b in (self.up_button, self.down_button):  # an arrow needs no text-button width
            b.setMaximumWidth(b.fontMetrics().horizontalAdvance("↑") * 3 + 24)
        for b in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            row.addWidget(b)
        lay.addLayout(row)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(controller.clear)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # narrow: labels above fields
        self.company_edit = QLineEdit(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.staffer_edit = QLineEdit(self)
        self.contact_edit = QLineEdit(self)
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem(self.tr("English"), "en")
        self.lang_combo.addItem(self.tr("Chinese"), "zh")
        self.lang_combo.addItem(self.tr("Both, side by side"), "both")
        form.addRow(self.tr("Investor's company"), self.company_edit)
        form.addRow(self.tr("Meeting date"), self.date_edit)
        form.addRow(self.tr("Your name"), self.staffer_edit)
        form.addRow(self.tr("Your contact"), self.contact_edit)
        form.addRow(self.tr("Language"), self.lang_combo)
        lay.addLayout(form)
        for edit in (self.company_edit, self.staffer_edit, self.contact_edit):
            edit.editingFinished.connect(self._cover_edited)
        self.date_edit.dateChanged.connect(self._cover_edited)
        self.lang_combo.currentIndexChanged.connect(
            lambda _i: controller.set_lang(self.lang_combo.currentData()))

        actions = QGridLayout()
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.zip_button = QPushButton(self.tr("Export ZIP…"), self)
        self.word_button = QPushButton(self.tr("Export Word…"), self)
        self.word_button.setObjectName("briefWordButton")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save brief…"), self)
        self.open_button = QPushButton(self.tr("Open brief…"), self)
        for i, b in enumerate((self.pdf_button, self.zip_button, self.word_button, self.print_button,
                               self.save_button, self.open_button)):
            actions.addWidget(b, i // 2, i % 2)
        lay.addLayout(actions)
        self.pdf_button.clicked.connect(lambda: self.export_dialog("pdf"))
        self.zip_button.clicked.connect(lambda: self.export_dialog("zip"))
        self.word_button.clicked.connect(self.export_word)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        self.open_button.clicked.connect(self.open_dialog)
        controller.changed.connect(self.refresh)
        self.refresh()
        guard_wheel(self)  # the date and language fields take the wheel only when focused
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    # -- view ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        c = self.controller
        lang = current_language()
        self.list.blockSignals(True)
        self.list.clear()
        statuses = {r.ref: r for r in c.resolved}
        for n, item in enumerate(c.brief.items, start=1):
            res = statuses.get(item.ref)
            title = res.title(lang) if res is not None else item.ref
            mark = ""
            if res is not None and res.status == "changed":
                mark = "  ⚠ " + self.tr("changed in this edition")
            elif res is not None and res.status == "removed":
                mark = "  × " + self.tr("no longer in the data")
            li = QListWidgetItem(f"{n}. {title}{mark}")
            li.setData(REF_ROLE, item.ref)
            li.setToolTip(item.ref)
            self.list.addItem(li)
        self.list.blockSignals(False)
        n = len(c.brief.items)
        self.count_label.setText(self.tr("{n} items. Drag to reorder. Right-click a card, a chart's "
                                         "“Add to brief” or a table row to add.").format(n=n))
        cover = c.brief.cover
        for edit, value in ((self.company_edit, cover.company), (self.staffer_edit, cover.staffer),
                            (self.contact_edit, cover.contact)):
            if edit.text() != value:
                edit.setText(value)
        date = QDate.fromString(cover.date, "yyyy-MM-dd")
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(date if date.isValid() else QDate.currentDate())
        self.date_edit.blockSignals(False)
        self.lang_combo.blockSignals(True)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(c.brief.lang)))
        self.lang_combo.blockSignals(False)
        for b in (self.pdf_button, self.zip_button, self.word_button, self.print_button, self.save_button):
            b.setEnabled(n > 0)

    def retranslate_ui(self) -> None:
        """After a language switch (ui/language/retranslation.py): the formatted texts."""
        self.refresh()

    def refs(self) -> list[str]:
        return [self.list.item(i).data(REF_ROLE) for i in range(self.list.count())]

    def _rows_moved(self, *_args) -> None:
        self.controller.reorder(self.refs())

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.controller.move(row, row + step)
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row + step)))

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.controller.remove(row)

    def _cover_edited(self, *_args) -> None:
        self.controller.set_cover(Cover(
            company=self.company_edit.text().strip(), date=self.date_edit.date().toString("yyyy-MM-dd"),
            staffer=self.staffer_edit.text().strip(), contact=self.contact_edit.text().strip()))

    # -- files -----------------------------------------------------------------------------------
    def _fail(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Brief"), str(exc))

    def export_dialog(self, kind: str) -> None:
        self._cover_edited()
        name = (self.controller.brief.cover.company or self.tr("brief")).replace("/", "-")
        filt = self.tr("PDF document (*.pdf)") if kind == "pdf" else self.tr("ZIP archive (*.zip)")
        path, _ = file_dialogs.save_file_name(self, self.tr("Export brief"),
                                              str(Path(self.last_folder) / f"{name}.{kind}"), filt)
        if not path:
            return
        try:
            out = (self.controller.export_pdf if kind == "pdf" else self.controller.export_zip)(path)
        except EtownError as exc:
            self._fail(exc)
            return
        self.last_folder = str(Path(out).parent)
        from etown_desktop.ui.export.saved_notice import show_saved

        show_saved(self.window(), out)  # "Saved NAME" in the status bar, said by a screen reader

    def export_word(self) -> None:
        from etown_desktop.ui.office.office_export import save_brief_docx

        self._cover_edited()
        name = (self.controller.brief.cover.company or self.tr("brief")).replace("/", "-")
        out = save_brief_docx(self, self.controller, name)
        if out is not None:
            self.last_folder = str(Path(out).parent)

    def save_dialog(self) -> None:
        self._cover_edited()
        path, _ = file_dialogs.save_file_name(self, self.tr("Save brief"), str(Path(self.last_folder) / "brief.json"),
                                              self.tr("Brief (*.json)"))
        if path:
            try:
                self.controller.save(path)
            except EtownError as exc:
                self._fail(exc)

    def open_dialog(self) -> None:
        path, _ = file_dialogs.open_file_name(self, self.tr("Open brief"), self.last_folder,
                                              self.tr("Brief (*.json)"))
        if path:
            try:
                self.controller.open(path)
            except EtownError as exc:
                self._fail(exc)

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from etown_desktop.ui.brief.brief_pdf import _setup_a4

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _setup_a4(printer)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> int:
        """Paint the brief on ``printer`` (A4, the same pages as the PDF); returns the page count."""
        from PySide6.QtGui import QPainter

        from etown_desktop.ui.brief.brief_pdf import paint_brief

        self._cover_edited()
        printer.setResolution(96)
        painter = QPainter()
        if not painter.begin(printer):
            self._fail(RuntimeError(self.tr("The printer could not be started.")))
            return 0
        try:
            return paint_brief(self.controller.repo, self.controller.brief, painter, printer)
        finally:
            painter.end()


class BriefDock(QDockWidget):
    def __init__(self, controller: BriefController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        size_title_buttons(self)  # close/float buttons as large as the text (at 125–200 %)
        self.setObjectName("briefDock")
        self.setWindowTitle(self.tr("Meeting brief"))
        self.panel = BriefPanel(controller, self)
        # A short screen scrolls the panel rather than squashing it; never cut off on the right.
        scroll = VerticalScrollArea(self.panel, self)
        name_chrome(scroll, "BriefDock", QT_TRANSLATE_NOOP("BriefDock", "Meeting brief"))
        enable_touch_scrolling(scroll)
        self.setWidget(scroll)

    def reveal(self, _ref: str = "") -> None:
        """Show the panel (an item was just added)."""
        if not self.isVisible():
            self.show()
            self.raise_()
