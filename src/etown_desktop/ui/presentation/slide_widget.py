"""One slide on screen: title, figures (value with qualifier, label, period, source), text blocks
or a chart, then the source line and the edition. Type scales with the slide's height."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from etown_desktop.core.accessibility.spoken import spoken_chart, spoken_parts
from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.stories.content import SlideContent, SlideItem, TextBlock
from etown_desktop.ui.accessibility.names import name_widget
from etown_desktop.ui.accessibility.roles import ROLE_BUTTON, ROLE_CHART, set_role
from etown_desktop.ui.accessibility import INTERACTIVE_PROPERTY
from etown_desktop.ui import lean_start
from etown_desktop.ui.presentation import slide_style as st
from etown_desktop.ui.text_size.state import screen_factor

log = logging.getLogger(__name__)

FOCUS_PX = 4  # the chart's focus ring and the focused bar's outline, seen from across a room


class _Text(QLabel):
    def __init__(self, text: str, px: int, bold: bool = False, color: str | None = None,
                 parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(text, parent)
        self.px, self.bold = px, bold
        self.setWordWrap(True)
        self.setObjectName(name)
        self.setStyleSheet(f"color: {color or st.TEXT}; background: transparent;")
        # (no ``Qt`` enum before the first slide is painted: ui/lean_start)
        self.setProperty("textInteractionFlags", "NoTextInteraction")
        lean_start.set_attribute(self, lean_start.WA_TRANSPARENT_FOR_MOUSE_EVENTS)

    def scale_to(self, height: int, factor: float = 1.0) -> None:
        """The type size for a slide ``height`` px high, times ``factor`` (View → Text size)."""
        font = QFont(self.font())
        font.setPixelSize(st.scaled(self.px * factor, height))
        font.setBold(self.bold)
        self.setFont(font)


class FigureCard(QFrame):
    """One figure; a tap (or click) asks for its source."""

    tapped = Signal(str)

    def __init__(self, item: SlideItem, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.item = item
        # tapped, or reached with Tab (never by a tap: the arrow keys keep turning slides); Enter
        # or Space asks for its source; a screen reader reads the figure
        self.setProperty("focusPolicy", "TabFocus")
        self.setProperty(INTERACTIVE_PROPERTY, True)
        set_role(self, ROLE_BUTTON)  # int values: ``QAccessible`` unresolved
        name_widget(self, spoken_parts(item.value, item.label, item.period, item.source_ref, lang))
        self.setObjectName("slideCard")
        lean_start.set_cursor(self, lean_start.POINTING_HAND_CURSOR)
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
                           f"border-radius: 14px; }} #slideCard:focus {{ border: {FOCUS_PX}px solid {st.ACCENT}; }}")

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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        from etown_desktop.ui.accessibility.keys import is_activation

        if is_activation(event):
            self.activate()  # Enter or Space: as a tap
        elif event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.window().setFocus(Qt.FocusReason.OtherFocusReason)  # the arrows turn slides again
        else:
            event.ignore()  # the slide keys still reach the window
            return
        event.accept()


class ChartPicture(QLabel):
    """The slide's chart, rendered for the space it gets; a tap asks for the chart's sources.

    Tab reaches it (only Tab: a tap or click leaves the arrow keys to the slides). While it has
    the focus it shows a focus ring, the arrow keys move from bar to bar (outlined, read out),
    Enter or Space asks for that bar's source, Esc (or Tab) hands the arrow keys back to the slides."""

    tapped = Signal(str)

    def __init__(self, spec: ChartSpec, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.lang = spec, lang
        self._rendered_for = QSize()
        self.bars: list = []  # SlideBar, in reading order (presentation/slide_bars.py)
        self.current: int | None = None
        self._scale = 1.0
        self.ink = None
        self.setProperty("alignment", "AlignCenter")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setObjectName("slideChart")
        self.setProperty(INTERACTIVE_PROPERTY, True)
        self.setProperty("focusPolicy", "TabFocus")
        set_role(self, ROLE_CHART)
        self._name = spec.title(lang)
        name_widget(self, self._name, spoken_chart(spec, lang))

    def render_for(self, size: QSize) -> None:
        if size == self._rendered_for or size.width() < 50 or size.height() < 50:
            return
        from etown_desktop.ui.presentation.chart_picture import (LOGICAL_WIDTH, chart_picture, picture_scale,
                                                                 slide_ink)
        from PySide6.QtGui import QPixmap

        from etown_desktop.ui.presentation.slide_bars import slide_bars

        self._rendered_for = QSize(size)
        self.ink = slide_ink()  # the colours it was drawn in: the scheme in use
        self.setPixmap(QPixmap.fromImage(chart_picture(self.spec, self.lang, size.width(), size.height(),
                                                       self.ink)))
        self._scale = picture_scale(self.spec, self.lang, size.width(), size.height())
        if not self.bars:
            self.bars = slide_bars(self.spec, self.lang, LOGICAL_WIDTH)

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

    # -- keys ------------------------------------------------------------------------------
    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is on this widget, in pixels (the picture is centred)."""
        pix = self.pixmap()
        dx = (self.width() - pix.width()) / 2 if pix is not None else 0.0
        dy = (self.height() - pix.height()) / 2 if pix is not None else 0.0
        r = self.bars[index].rect
        s = self._scale
        return QRectF(dx + r.x() * s, dy + r.y() * s, r.width() * s, r.height() * s)

    def move(self, step: int) -> None:
        """The next (1) or previous (-1) bar; from none, the first or the last."""
        if not self.bars:
            return
        n = len(self.bars)
        self.current = (0 if step > 0 else n - 1) if self.current is None else min(n - 1, max(0, self.current + step))
        point = self.bars[self.current].point
        text = f"{point.category(self.lang)}: {point.label(self.lang)}"
        self.setAccessibleName(f"{self._name} — {text}")
        from etown_desktop.ui.accessibility.announce import announce

        announce(self, text)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        from etown_desktop.ui.accessibility.keys import is_activation

        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and self.bars and key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.move(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
        elif plain and self.bars and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.current = None
            self.move(1 if key == Qt.Key.Key_Home else -1)
        elif is_activation(event) and self.current is not None:
            fid = self.bars[self.current].point.figure_id
            if fid:
                self.tapped.emit(fid)
        elif plain and key == Qt.Key.Key_Escape:
            self.window().setFocus(Qt.FocusReason.OtherFocusReason)  # the arrows turn slides again
        else:
            event.ignore()  # the slide keys (PgDn, B, L, digits …) still reach the window
            return
        event.accept()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.setAccessibleName(self._name)
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.hasFocus():
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter, QPen  # here: resolving QPainter builds ~50 enum
        # members, before the first slide when imported with the module (issue 22)

        from etown_desktop.ui.export.chart_renderer import INK

        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(QColor(st.ACCENT))
            pen.setWidth(FOCUS_PX)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = QRectF(self.rect()).adjusted(FOCUS_PX / 2, FOCUS_PX / 2, -FOCUS_PX / 2, -FOCUS_PX / 2)
            painter.drawRect(ring)  # amber on the dark slide …
            painter.setPen(QPen(QColor(INK), 2))
            painter.drawRect(ring.adjusted(FOCUS_PX - 1, FOCUS_PX - 1, 1 - FOCUS_PX, 1 - FOCUS_PX))  # … ink on the white chart
            if self.current is not None:  # the bar's outline: the chart's ink, on its white ground
                painter.setPen(QPen(QColor(INK), 3))
                gap = 2.5  # the outline lies 1-4 px outside the bar, clear of its value label
                painter.drawRect(self.bar_rect(self.current).adjusted(-gap, -gap, gap, gap))
        finally:
            painter.end()


class SlideWidget(QWidget):
    """A slide. ``figureTapped`` carries the id of a figure the viewer tapped."""

    figureTapped = Signal(str)

    def __init__(self, content: SlideContent, edition_text: str, chart: ChartSpec | None = None,
                 lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.lang = lang
        self.setObjectName("slide")
        lean_start.set_attribute(self, lean_start.WA_STYLED_BACKGROUND)
        self.setStyleSheet(f"#slide {{ background: {st.BACKGROUND}; }}")
        self._texts: list[_Text] = []
        self._scaled_for: tuple | None = None
        self.text_factor = 1.0  # the View → Text size multiplier the slide could take
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
        if (size.width(), h, screen_factor()) != self._scaled_for and h > 0:
            self._scaled_for = (size.width(), h, screen_factor())
            margin = st.scaled(48, h)
            self._outer.setContentsMargins(margin, round(margin * 0.7), margin, round(margin * 0.5))
            self._outer.setSpacing(st.scaled(16, h))
            self._grid.setSpacing(st.scaled(28, h))
            self._scale_texts(size)
        if self.chart is not None:
            reserve = st.scaled(st.SMALL_PX * 3 + 90, h)  # source (up to two lines), edition
            self.chart.render_for(QSize(size.width() - st.scaled(96, h), max(1, h - reserve)))

    def _scale_texts(self, size: QSize) -> None:
        """Type at the slide's height; View → Text size enlarges it by up to screen_factor(),
        as far as the slide still holds every text (else a step smaller, down to 100 %)."""
        factor = screen_factor()
        while True:
            for label in self._texts:
                label.scale_to(size.height(), factor)
            if factor <= 1.0 or self._fits(size):
                self.text_factor = factor
                return
            factor = max(1.0, round(factor - 0.05, 2))

    def _fits(self, size: QSize) -> bool:
        lay = self._outer
        lay.invalidate()
        minimum = lay.totalMinimumSize()
        need = lay.totalHeightForWidth(size.width()) if lay.hasHeightForWidth() else minimum.height()
        return minimum.width() <= size.width() and max(need, minimum.height()) <= size.height()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.prepare(self.size())
        super().resizeEvent(event)

    def apply_text_size(self) -> None:
        """View → Text size changed (ui/text_size/apply): the type sizes again."""
        if self.width() > 0 and self.height() > 0:
            self.prepare(self.size())

    def visible_texts(self) -> list[str]:
        return [t.text() for t in self._texts if t.text().strip()]
