"""The slides of one story in one language, built on demand and kept, so a slide change only
switches pages. The slide after the current one is built while the audience reads."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.export.texts import text as data_text
from etown_desktop.core.repository import Repository
from etown_desktop.core.stories.content import SlideContent, resolve
from etown_desktop.core.stories.records import Story
from etown_desktop.ui.presentation import slide_style as st
from etown_desktop.ui.presentation.slide_widget import SlideWidget

log = logging.getLogger(__name__)

PRELOAD_DELAY_MS = 120


class SlideDeck(QStackedWidget):
    slideChanged = Signal(int)
    languageShown = Signal(str)
    figureTapped = Signal(str)
    firstPainted = Signal()  # the first slide shown has been painted (once)

    def __init__(self, repo: Repository, story: Story, lang: str = "en",
                 parent: QWidget | None = None, preload: bool = True) -> None:
        super().__init__(parent)
        self.repo, self.story, self.lang = repo, story, lang
        self.preload = preload
        self.index = 0
        self.blacked_out = False
        self._charts: dict[str, ChartSpec] = {}
        self._slides: dict[int, SlideWidget] = {}
        self._black = QWidget(self)
        self._black.setObjectName("blackScreen")
        self._black.setStyleSheet("#blackScreen { background: black; }")
        self.addWidget(self._black)
        self.setStyleSheet(f"SlideDeck {{ background: {st.BACKGROUND}; }}")
        self._preload_timer = QTimer(self)
        self._preload_timer.setSingleShot(True)
        # Not at once: the first paint of a slide comes before building its neighbours.
        self._preload_timer.setInterval(PRELOAD_DELAY_MS)
        self._preload_timer.timeout.connect(self._preload_neighbours)
        # The first slide shown is painted before any neighbour is built: on a busy machine the
        # delay alone could end before that paint (building a slide with a chart takes ~100 ms).
        self._first_painted = False

    @property
    def first_painted(self) -> bool:
        """Whether a slide of this deck has been painted yet."""
        return self._first_painted

    @property
    def count(self) -> int:
        return len(self.story.slides)

    def content(self, index: int) -> SlideContent:
        return self.slide(index).content

    def slide(self, index: int) -> SlideWidget:
        """The slide widget at ``index`` (built now if needed)."""
        widget = self._slides.get(index)
        if widget is None:
            slide = self.story.slides[index]
            content = resolve(self.repo, slide, self.lang)
            chart = None
            if content.chart_id:
                chart = self._charts.get(content.chart_id)
                if chart is None:
                    from etown_desktop.core.charts import build_chart

                    chart = self._charts[content.chart_id] = build_chart(self.repo, content.chart_id)
            edition = data_text(self.lang, "edition_note", edition=self.repo.metadata.edition)
            widget = SlideWidget(content, edition, chart, self.lang, self)
            widget.figureTapped.connect(self.figureTapped)
            self.addWidget(widget)
            self._slides[index] = widget
        return widget

    def current_slide(self) -> SlideWidget:
        return self.slide(self.index)

    def go_to(self, index: int) -> None:
        index = max(0, min(self.count - 1, index))
        widget = self.slide(index)
        widget.prepare(self._page_size())
        changed = index != self.index
        self.index = index
        self.blacked_out = False
        self.setCurrentWidget(widget)
        if not self._first_painted:
            widget.installEventFilter(self)  # firstPainted, and the preload starts once it is painted
        elif self.preload:
            self._preload_timer.start(PRELOAD_DELAY_MS)
        if changed:
            self.slideChanged.emit(index)

    def set_black(self, on: bool) -> None:
        self.blacked_out = on
        self.setCurrentWidget(self._black if on else self.slide(self.index))

    def set_language(self, lang: str) -> None:
        """Show the slides in ``lang``: the current one at once, the others when needed."""
        if lang == self.lang:
            return
        self.lang = lang
        self.languageShown.emit(lang)
        self._rebuild_slides()

    def _rebuild_slides(self) -> None:
        """The current slide built anew (black-out kept), the others when needed."""
        old = self._slides
        self._slides = {}
        black = self.blacked_out
        self.go_to(self.index)
        if black:
            self.set_black(True)
        for widget in old.values():
            self.removeWidget(widget)
            widget.deleteLater()

    def restyle_ui(self) -> None:
        """A new colour scheme (ui/appearance): the slides rebuilt in its slide colours."""
        self.setStyleSheet(f"SlideDeck {{ background: {st.BACKGROUND}; }}")
        self._rebuild_slides()

    def eventFilter(self, obj, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._first_painted:
            self._first_painted = True
            obj.removeEventFilter(self)  # safe inside the filter (Qt's documentation)
            if self.preload:
                self._preload_timer.start(PRELOAD_DELAY_MS)
            self.firstPainted.emit()
        return super().eventFilter(obj, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            from etown_desktop.ui.i18n import current_language

            self.set_language(current_language())
        super().changeEvent(event)

    def set_story(self, story: Story) -> None:
        old = self._slides
        self._slides = {}
        self.story = story
        self.index = 0
        self.go_to(0)
        for widget in old.values():
            self.removeWidget(widget)
            widget.deleteLater()

    def build_all(self) -> None:
        """Build and size every slide now (benchmarks and tests)."""
        for i in range(self.count):
            self.slide(i).prepare(self._page_size())

    def _page_size(self) -> QSize:
        size = self.size()
        return size if size.width() > 0 and size.height() > 0 else QSize(1920, 1080)

    def _preload_neighbours(self) -> None:
        for i in (self.index + 1, self.index - 1, 0):
            if 0 <= i < self.count and i not in self._slides:
                self.slide(i).prepare(self._page_size())
                self._preload_timer.start(0)  # the next one on the next event-loop turn
                return
