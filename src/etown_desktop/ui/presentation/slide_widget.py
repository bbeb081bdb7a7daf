"""One slide on screen: title, figures (value with qualifier, label, period, source), text blocks
or a chart, then the source line and the edition. Type scales with the slide's height."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QFont, QMouseEvent, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from etown_desktop.core.accessibility.spoken import spoken_chart, spoken_parts
from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.stories.content import SlideContent, SlideItem, TextBlock
from etown_desktop.ui.accessibility.names import name_widget
from etown_desktop.ui.accessibility.roles import set_role
from etown_desktop.ui.accessibility.tree_walk import INTERACTIVE_PROPERTY
from etown_desktop.ui.presentation import slide_style as st

log = logging.getLogger(__name__)


class _Text(QLabel):
    def __init__(self, text: str, px: int, bold: bool = False, color: str | None = None,
                 parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(text, parent)
        self.px, self.bold = px, bold
        self.setWordWrap(True)
        self.setObjectName(name)
        self.setStyleSheet(f"color: {color or st.TEXT}; background: transparent;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def scale_to(self, height: int) -> None:
        font = QFont(self.font())
        font.setPixelSize(st.scaled(self.px, height))
        font.setBold(self.bold)
        self.setFont(font)


class FigureCard(QFrame):
    """One figure; a tap (or click) asks for its source."""

    tapped = Signal(str)

    def __init__(self, item: SlideItem, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.item = item
        # tapped, not focused (the keys move between slides); a screen reader reads the figure
        self.setProperty(INTERACTIVE_PROPERTY, True)
        set_role(self, QAccessible.Role.Button)
        name_widget(self, spoken_parts(item.value, item.label, item.period, item.source_ref, lang))
        self.setObjectName("slideCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(st.MIN_TOUCH_PX, st.MIN_TOUCH_PX)
        self._style(False)
        lay = QVBoxLayout(self)
        lay.addStretch(1)  # the figure sits in the middle of its card
        # The qualifier ("nearly", "more than") on its own line above the number: the number keeps
        # its full size and the qualifier is never lost.
        # (kept, empty, for an exact value: the numbers of a row stay level)
        self.qualifier_label = _Text(item.qualifier or "\u00a0", st.BODY_PX, True, st.ACCENT, self,
                                     "slideQualifier")
        self.value_label = _Text(item.amount or item.value, st.VALUE_PX, True, st.ACCENT, self, "slideValue")
        self.label_label = _Text(item.label, st.BODY_PX, False, st.TEXT, self, "slideLabel")
        self.meta_label = _Text(f"{item.period} · {item.source_ref}", st.SMALL_PX, False, st.MUTED,
                                self, "slideMeta")
        for w in (self.qualifier_label, self.value_label, self.label_label, self.meta_label):
            lay.addWidget(w)
        lay.addStretch(1)

    def _style(self, pressed: bool) -> None:
        bg = st.PANEL_PRESSED if pressed else st.PANEL
        self.setStyleSheet(f"#slideCard {{ background: {bg}; border: 2px solid {st.BORDER}; "
                           f"border-radius: 14px; }}")

    def texts(self) -> list[_Text]:
        return [self.qualifier_label, self.value_label, self.label_label, self.meta_label]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._style(True)
        event.accept()

    def activate(self) -> None:
        """Ask for the figure's source (a tap, or a screen reader's press)."""
        self.tapped.emit(self.item.figure_id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._style(False)
        if self.rect().contains(event.position().toPoint()):
            self.activate()
        event.accept()


class ChartPicture(QLabel):
    """The slide's chart, rendered for the space it gets; a tap asks for the chart's sources."""

    tapped = Signal(str)

    def __init__(self, spec: ChartSpec, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.lang = spec, lang
        self._rendered_for = QSize()
        self.ink = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setObjectName("slideChart")
        self.setProperty(INTERACTIVE_PROPERTY, True)
        set_role(self, QAccessible.Role.Chart)
        name_widget(self, spec.title(lang), spoken_chart(spec, lang))

    def render_for(self, size: QSize) -> None:
        if size == self._rendered_for or size.width() < 50 or size.height() < 50:
            return
        from etown_desktop.ui.presentation.chart_picture import chart_picture, slide_ink

        self._rendered_for = QSize(size)
        self.ink = slide_ink()  # the colours it was drawn in: the scheme in use
        self.setPixmap(QPixmap.fromImage(chart_picture(self.spec, self.lang, size.width(), size.height(),
                                                       self.ink)))

    def restyle_ui(self) -> None:
        """A new colour scheme (ui/appearance): drawn again in its chart colours."""
        size, self._rendered_for = self._rendered_for, QSize()
        if size.isValid():
            self.render_for(size)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.render_for(self.size())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        for fid in self.spec.figure_ids[:1]:
            self.tapped.emit(fid)
        event.accept()


class SlideWidget(QWidget):
    """A slide. ``figureTapped`` carries the id of a figure the viewer tapped."""

    figureTapped = Signal(str)

    def __init__(self, content: SlideContent, edition_text: str, chart: ChartSpec | None = None,
                 lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.lang = lang
        self.setObjectName("slide")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"#slide {{ background: {st.BACKGROUND}; }}")
        self._texts: list[_Text] = []
        self._scaled_for = -1
        self.cards: list[FigureCard] = []
        self.chart: ChartPicture | None = None
        outer = QVBoxLayout(self)
        self._outer = outer
        if chart is None:
            self._add(outer, content.title, st.TITLE_PX, True, st.TEXT, "slideTitle")
            if content.subtitle:
                self._add(outer, content.subtitle, st.BODY_PX, False, st.MUTED, "slideSubtitle")
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        self._grid = grid
        if chart is not None:
            # The chart's source line is drawn as slide text below it, at the slide's body size.
            self.chart = ChartPicture(replace(chart, source_en="", source_zh=""), lang, body)
            self.chart.tapped.connect(self.figureTapped)
            grid.addWidget(self.chart, 0, 0)
        elif content.items:
            self._add_cards(grid, content.items)
        else:
            self._add_blocks(grid, [b for b in content.blocks if b.heading])
        outer.addWidget(body, 1)
        for block in content.blocks:
            if not block.heading and (content.items or chart is not None):
                self._add(outer, block.body, st.SMALL_PX, False, st.MUTED, "slideFootnote")
        if content.source_line:
            self._add(outer, content.source_line, st.SMALL_PX, False, st.MUTED, "slideSource")
        self._add(outer, edition_text, st.SMALL_PX, False, st.MUTED, "slideEdition")

    def _add(self, layout, text: str, px: int, bold: bool, color: str, name: str) -> _Text:
        label = _Text(text, px, bold, color, self, name)
        self._texts.append(label)
        layout.addWidget(label)
        return label

    def _add_cards(self, grid: QGridLayout, items: tuple[SlideItem, ...]) -> None:
        cols = 2 if len(items) in (2, 4) else min(len(items), 3)
        for i, item in enumerate(items):
            card = FigureCard(item, self, self.lang)
            card.tapped.connect(self.figureTapped)
            self._texts += card.texts()
            self.cards.append(card)
            grid.addWidget(card, i // cols, i % cols)

    def _add_blocks(self, grid: QGridLayout, blocks: list[TextBlock]) -> None:
        cols = 2 if len(blocks) in (2, 4) else 1
        for i, block in enumerate(blocks):
            box = QFrame(self)
            box.setObjectName("slideBlock")
            box.setStyleSheet(f"#slideBlock {{ background: {st.PANEL}; border-radius: 14px; }}")
            lay = QVBoxLayout(box)
            for text, px, bold, color in ((block.heading, st.BODY_PX + 4, True, st.ACCENT),
                                          (block.body, st.BODY_PX, False, st.TEXT)):
                label = _Text(text, px, bold, color, box, "slideBlockText")
                self._texts.append(label)
                lay.addWidget(label)
            lay.addStretch(1)
            grid.addWidget(box, i // cols, i % cols)

    # -- sizing ----------------------------------------------------------------------------
    def prepare(self, size: QSize) -> None:
        """Set the type sizes (and draw the chart) for ``size`` before the slide is shown."""
        h = size.height()
        if h != self._scaled_for and h > 0:
            self._scaled_for = h
            margin = st.scaled(48, h)
            self._outer.setContentsMargins(margin, round(margin * 0.7), margin, round(margin * 0.5))
            self._outer.setSpacing(st.scaled(16, h))
            self._grid.setSpacing(st.scaled(28, h))
            for label in self._texts:
                label.scale_to(h)
        if self.chart is not None:
            reserve = st.scaled(st.SMALL_PX * 3 + 90, h)  # source (up to two lines), edition
            self.chart.render_for(QSize(size.width() - st.scaled(96, h), max(1, h - reserve)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.prepare(self.size())
        super().resizeEvent(event)

    def visible_texts(self) -> list[str]:
        return [t.text() for t in self._texts if t.text().strip()]
