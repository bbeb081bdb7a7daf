"""The presenter's own screen: the current and the next slide, the speaker note, the elapsed
time, and the provenance of every figure on the current slide."""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from etown_desktop.core.repository import Repository
from etown_desktop.ui.accessibility.names import name_chrome
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.presentation import slide_style as st
from etown_desktop.ui.presentation.controller import SlideController
from etown_desktop.ui.presentation.provenance_text import figures_html
from etown_desktop.ui.presentation.slide_deck import SlideDeck
from etown_desktop.ui.trust.presenter_staleness import StalenessNote
from etown_desktop.ui.text_size.state import screen_factor


class PresenterView(QWidget):
    def __init__(self, repo: Repository, controller: SlideController,
                 clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.repo = repo
        self.controller = controller
        self.clock = clock
        self.started = clock()
        main = controller.deck
        self.setObjectName("presenterView")
        self.current = SlideDeck(repo, main.story, main.lang, self)
        self.next = SlideDeck(repo, main.story, main.lang, self)
        self.position_label = QLabel(self)
        self.elapsed_label = QLabel(self)
        self.next_title = QLabel(self)
        self.note_title = QLabel(self)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.provenance_title = QLabel(self)
        self.pptx_button = QPushButton(self)  # the story as a PowerPoint deck (native charts)
        self.pptx_button.setObjectName("presenterPptxButton")
        self.pptx_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep turning slides
        self.pptx_button.setMinimumHeight(st.MIN_TOUCH_PX)  # a touch laptop's finger (WCAG 2.5.8)
        self.pptx_button.clicked.connect(self.export_pptx)
        self.provenance = QTextBrowser(self)
        self.provenance.setObjectName("presenterProvenance")
        name_chrome(self.provenance, "PresenterView",
                    QT_TRANSLATE_NOOP("PresenterView", "Sources of the figures on this slide"))
        self.apply_text_size()
        grid = QGridLayout(self)
        grid.addWidget(self.current, 0, 0, 3, 1)
        side = QVBoxLayout()
        side.addWidget(self.next_title)
        side.addWidget(self.next, 1)
        side.addWidget(self.note_title)
        side.addWidget(self.note_label, 1)
        grid.addLayout(side, 0, 1, 3, 1)
        status = QVBoxLayout()
        status.addWidget(self.position_label)
        status.addWidget(self.elapsed_label)
        status.addWidget(self.pptx_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.staleness = StalenessNote(repo, self)  # the presenter's screen only, never the audience's
        status.addWidget(self.staleness)
        status.addWidget(self.provenance_title)
        status.addWidget(self.provenance, 1)
        grid.addLayout(status, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        controller.changed.connect(self.follow)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.update_elapsed)
        self._tick.start(1000)
        self._retranslate()
        self.follow(main.index)
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def apply_text_size(self) -> None:
        """Type sizes (px, for the presenter's screen) times the bounded View → Text size factor."""
        f = screen_factor()
        for label in (self.position_label, self.elapsed_label):
            label.setStyleSheet(f"font-size: {round(28 * f)}px; font-weight: bold;")
        self.note_label.setStyleSheet(f"font-size: {round(22 * f)}px;")
        for label in (self.next_title, self.note_title, self.provenance_title):
            label.setStyleSheet(f"font-size: {round(16 * f)}px; font-weight: bold;")

    def follow(self, index: int) -> None:
        """Show slide ``index`` as current, the one after it as next."""
        count = self.current.count
        self.current.go_to(index)
        if index + 1 < count:
            self.next.go_to(index + 1)
        else:
            self.next.set_black(True)
        self.note_label.setText(self.current.content(index).note)
        self.position_label.setText(self.tr("Slide {n} of {count}").format(n=index + 1, count=count))
        self.provenance.setHtml(self.provenance_html(index))
        self.update_elapsed()

    def elapsed_text(self) -> str:
        seconds = max(0, int(self.clock() - self.started))
        return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

    def update_elapsed(self) -> None:
        self.elapsed_label.setText(self.tr("Elapsed {time}").format(time=self.elapsed_text()))

    def provenance_html(self, index: int) -> str:
        lang = current_language()
        content = self.current.content(index)
        ids = list(content.figure_ids)
        if content.chart_id:
            from etown_desktop.core.charts import build_chart

            ids = list(build_chart(self.repo, content.chart_id).figure_ids)
        if not ids:
            return html.escape(content.source_line)
        return figures_html(self.repo, ids, lang)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter view"))
        self.next_title.setText(self.tr("Next slide"))
        self.note_title.setText(self.tr("Speaker note"))
        self.provenance_title.setText(self.tr("Where the figures on this slide come from"))
        self.pptx_button.setText(self.tr("Export as PowerPoint…"))
        self.staleness.retranslate()

    def export_pptx(self) -> None:
        from etown_desktop.ui.office.office_export import save_story

        save_story(self, self.repo, self.controller.deck.story, self.controller.deck.lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.current.set_language(current_language())
            self.next.set_language(current_language())
            self.follow(self.controller.index)
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.controller.handle_key(event):
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self.controller.handle_wheel(event.angleDelta().y())
        event.accept()
