"""KpiCard: one headline figure — big value with its qualifier, label, period and source ref.

Hovering shows the source in a tooltip and in the provenance panel; clicking (or Enter/Space on the
focused card) shows it too. A screen reader reads the card as its qualified value, label, period and source.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from etown_desktop.core.accessibility.spoken import spoken_figure, spoken_figure_detail
from etown_desktop.core.formatting import (
    display_width,
    format_paragraph,
    format_period,
    format_publisher,
    format_source_date,
    format_usd,
    format_value,
)
from etown_desktop.core.records import Figure
from etown_desktop.ui.accessibility.keys import is_activation
from etown_desktop.ui.accessibility.names import make_focusable_control, name_widget
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.text_size.fonts import sized_font
from etown_desktop.ui.text_size.state import pt as text_pt
from etown_desktop.ui.text_size.state import px as text_px
from etown_desktop.ui.theme import colors
from etown_desktop.ui.widgets.flow_layout import set_cell_width

log = logging.getLogger(__name__)

VALUE_PT = 24
MIN_VALUE_PT = 14  # the least a value is drawn at (at 100 % text) to stay on one line
WRAP_VALUE_PT = 18  # a long value (over 15 columns, in words) wraps rather than shrinking below this


class KpiCard(QFrame):
    """A clickable card for one figure; ``.figure`` and the labels stay public for tests."""

    clicked = Signal(str)

    def __init__(self, figure: Figure, hub: ProvenanceHub | None = None,
                 parent: QWidget | None = None, lang: str | None = None,
                 label: str | None = None, extra: str | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.hub = hub
        self.lang = lang or current_language()
        self.size_shared = False  # True once a grid decides the value's size (ui/widgets/value_size.py)
        self._advances: dict[tuple[str, str], int] = {}  # (text, font key) -> one-line width in px
        c = colors()
        self.setObjectName("kpiCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#kpiCard {{ background: {c.base}; border: 1px solid {c.border};"
            f" border-left: 5px solid {c.accent}; border-radius: 8px; }}"
            f"QFrame#kpiCard:hover {{ border-color: {c.accent}; }}"
            # the focus ring: thicker than the hover border, so a keyboard user sees where they are
            f"QFrame#kpiCard:focus {{ border: 3px solid {c.accent}; border-left: 5px solid {c.accent}; }}"
            "QFrame#kpiCard QLabel { border: none; background: transparent; }")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(220)
        set_cell_width(self, text_px(220))  # a grid's columns twice as wide at 200 % text

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        # the qualifier as a word ("nearly", "about", 近, 约), as the slides say it: "≈" stood for both
        value = format_value(figure, self.lang, style="words")
        # short values shrink to stay on one line, long ones may wrap (value_pt_for) — between words
        # only: a value with no space ("约310亿元/平方公里") would break inside its unit
        # ("平方公 / 里"), so it stays on one line like a short one
        wraps = display_width(value) > 15 and " " in value.strip()
        self._least_pt = WRAP_VALUE_PT if wraps else MIN_VALUE_PT
        self.value_label = self._add(layout, value, WRAP_VALUE_PT if wraps else VALUE_PT, bold=True,
                                     color=c.accent, wrap=True)
        if self.lang == "zh":  # one line height for every value of a row, digits only or not
            from etown_desktop.ui.fonts import chinese_first

            self.value_label.setFont(chinese_first(self.value_label.font()))
        self.title_label = self._add(layout, label or figure.label(self.lang), 12, bold=True,
                                     color=c.text, wrap=True)
        self.extra_label = self._add(layout, extra or "", 11, color=c.text, wrap=True)
        self.extra_label.setVisible(bool(extra))
        self.period_label = self._add(layout, format_period(figure, self.lang), 11, color=c.muted,
                                      wrap=True)  # "period not stated" wraps on a narrow card
        layout.addStretch(1)
        self.source_label = self._add(layout, self._source_ref(), 10, color=c.muted, wrap=True)
        self.setToolTip(self.tooltip_html())
        # a screen reader reads the card as its qualified value, label, period and source
        make_focusable_control(self, QAccessible.Role.Button)
        name_widget(self, spoken_figure(figure, self.lang, label=label),
                    "; ".join(t for t in (extra or "", spoken_figure_detail(figure, self.lang)) if t))

    def _add(self, layout: QVBoxLayout, text: str, pt: int, bold: bool = False,
             color: str | None = None, wrap: bool = False) -> QLabel:
        label = QLabel(text, self)
        sized_font(label, pt, bold=bold)  # pt at 100 %: follows View → Text size
        label.setWordWrap(wrap)
        # Text at the top of its label: a label the row makes taller than its text (a wrapped value
        # shrunk to one line, a neighbour card with more lines) would centre it lower than the
        # values of the other cards of the row.
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if color:
            label.setStyleSheet(f"color: {color};")
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(label)
        return label

    # -- the value's size ------------------------------------------------------------------------
    def value_pt_for(self, width: int) -> int:
        """The design size (pt at 100 % text) the value needs on this card at ``width`` px: the
        largest of VALUE_PT, VALUE_PT - 2, … at which it stays on one line. A short value goes down
        to MIN_VALUE_PT for that (a narrow card would otherwise break "40,000平方米" inside the
        unit); a long one ("839 patents per 10,000 people") to WRAP_VALUE_PT, and wraps there.

        Measured once a size and text (not on every layout pass); a grid of cards gives all of
        them the smallest size any of them needs (ui/widgets/value_size.py)."""
        self.ensurePolished()  # the style sheet's borders are part of the insets
        available = width - self._value_insets()
        for design in range(VALUE_PT, self._least_pt, -2):
            if self._value_advance(design) <= available:
                return design
        return self._least_pt

    def set_value_pt(self, design: int) -> bool:
        """Draw the value at ``design`` pt (at 100 % text; follows View → Text size); True when
        its size changed."""
        label = self.value_label
        if label.font().pointSizeF() == text_pt(design):
            return False
        sized_font(label, design)
        return True

    def _value_insets(self) -> int:
        """Card width minus the value label's text width: frame, layout margins, label margins."""
        label, margins = self.value_label, self.layout().contentsMargins()
        return (self.width() - self.contentsRect().width() + margins.left() + margins.right()
                + label.width() - label.contentsRect().width())

    def _value_advance(self, design: int) -> int:
        font = QFont(self.value_label.font())
        font.setPointSizeF(text_pt(design))
        key = (self.value_label.text(), font.key())
        width = self._advances.get(key)
        if width is None:
            width = self._advances[key] = QFontMetrics(font).horizontalAdvance(key[0])
        return width

    def _fit_value(self) -> None:
        """A card on its own: the largest value size that fits its width (see value_pt_for)."""
        if self.value_label.contentsRect().width() > 0:
            self.set_value_pt(self.value_pt_for(self.width()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self.size_shared:  # a grid's card takes the grid's size (ui/widgets/value_size.py)
            self._fit_value()

    def _source_ref(self) -> str:
        src = self.figure.source
        return f"{src.ref} · {format_paragraph(self.figure.paragraph, self.lang)}"

    def tooltip_html(self) -> str:
        f, src, lang = self.figure, self.figure.source, self.lang
        lines = [f"<b>{html.escape(f.label(lang), quote=False)}</b>", format_value(f, lang, style="words"),
                 self.tr("Period: {period}").format(period=format_period(f, lang)),
                 self.tr("Source: {ref} — {title}").format(ref=src.ref, title=src.title(lang)),
                 self.tr("{publisher}, {date}, {paragraph}").format(
                     publisher=format_publisher(src, lang), date=format_source_date(src, lang),
                     paragraph=format_paragraph(f.paragraph, lang))]
        usd = format_usd(f, lang)
        if usd:
            lines.append(self.tr("In US dollars (the source’s conversion): {usd}").format(usd=usd))
        return "<br>".join(lines)

    # -- provenance ----------------------------------------------------------------------------
    def activate(self) -> None:
        self.clicked.emit(self.figure.id)
        if self.hub is not None:
            self.hub.show_figure(self.figure.id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter, Return or Space on a focused card is a click: it shows the card's source."""
        if is_activation(event):
            self.activate()
            event.accept()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event) -> None:  # noqa: N802
        if self.hub is not None:
            self.hub.show_figure(self.figure.id)
        super().enterEvent(event)
