"""Small pieces the profile and comparison views share: section panels and record cards."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from etown_desktop.core.accessibility.spoken import spoken_figure, spoken_figure_detail
from etown_desktop.core.formatting import format_paragraph, format_period, format_value
from etown_desktop.core.profiles.headline import HEADLINE_ITEMS
from etown_desktop.core.profiles.profile import ProfileFigure
from etown_desktop.core.profiles.texts import text as ptext
from etown_desktop.ui.accessibility.keys import is_activation
from etown_desktop.ui.accessibility.names import make_focusable_control, name_widget
from etown_desktop.ui.brief.requests import request_add
from etown_desktop.ui.profiles.section_table import show_all_text
from etown_desktop.ui.theme import colors
from etown_desktop.ui.text_size.state import pt
from etown_desktop.ui.widgets.show_all_dialog import show_all_button
from etown_desktop.ui.widgets.text_label import text_label


MAX_ITEMS = HEADLINE_ITEMS  # cards (or lines) of one profile section on screen; the rest: "Show all N"


def more_label(shown: int, total: int, lang: str, parent: QWidget) -> QLabel:
    """"… and N more (T in all)" under a section that shows its first ``shown`` of ``total`` items."""
    note = ptext(lang, "more").format(n=f"{total - shown:,}", total=f"{total:,}")
    more = label(note, parent, 11, muted=True)
    more.setObjectName("profileMore")
    return more


def more_row(shown: int, total: int, lang: str, parent: QWidget, open_all=None) -> QWidget:
    """"… and N more (T in all)" and a "Show all T…" button that opens the section's full list
    (``open_all``: called on a click; no button when None)."""
    row = QWidget(parent)
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(12)
    note = more_label(shown, total, lang, row)
    note.setWordWrap(False)  # one short line beside its button
    lay.addWidget(note)
    if open_all is not None:
        button = show_all_button(show_all_text(total), lambda _=False: open_all(), row)
        lay.addWidget(button)
    lay.addStretch(1)
    return row


def label(text: str, parent: QWidget, pt: int = 12, bold: bool = False, muted: bool = False,
          color: str | None = None) -> QLabel:
    return text_label(text, parent, pt, bold=bold, muted=muted, color=color)


def panel(parent: QWidget, object_name: str = "profilePanel") -> tuple[QFrame, QVBoxLayout]:
    c = colors()
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    frame.setStyleSheet(f"QFrame#{object_name} {{ background: {c.base}; border: 1px solid {c.border};"
                        " border-radius: 8px; }")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(14, 10, 14, 12)
    lay.setSpacing(6)
    return frame, lay


def top_aligned(lay: QVBoxLayout) -> None:
    """A card's texts from its top, the space the row gives it left below them: the first line of
    every card of a row at the same height (not centred lower in a card shorter than the row)."""
    for i in range(lay.count()):
        widget = lay.itemAt(i).widget()
        if isinstance(widget, QLabel):
            widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    lay.addStretch(1)


def section_header(parent: QWidget, key: str, lang: str, ref: str | None) -> QWidget:
    """The section title with its "Add to brief" button (``ref`` = the brief item)."""
    row = QWidget(parent)
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    title = label(ptext(lang, key), row, 15, bold=True)
    title.setObjectName("sectionTitle")
    lay.addWidget(title, 1)
    if ref:
        button = QPushButton(QCoreApplication.translate("ProfileView", "Add to brief"), row)
        button.setObjectName(f"addToBrief:{ref}")
        button.setToolTip(QCoreApplication.translate("ProfileView", "Add this section to the meeting brief"))
        button.clicked.connect(lambda: request_add(ref))
        lay.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row


def figure_html(pf: ProfileFigure, lang: str) -> str:
    """Value (with its qualifier), label, period and source of one profile figure."""
    f, c = pf.figure, colors()
    esc = html.escape
    scope = (f"<br><span style='color:{c.muted}'>{esc(ptext(lang, 'beijing_wide'))}</span>"
             if pf.beijing_wide else "")
    return (f"<span style='font-size:{pt(17):g}pt; font-weight:700; color:{c.accent}'>"
            f"{esc(format_value(f, lang, style='words'))}</span><br>"
            f"<b>{esc(f.label(lang))}</b><br>"
            f"<span style='color:{c.muted}'>{esc(format_period(f, lang))} · {esc(f.source.ref)} · "
            f"{esc(format_paragraph(f.paragraph, lang))}</span>{scope}")


class FigureCard(QFrame):
    """A profile figure; a click (or hover) shows its source in the provenance panel."""

    def __init__(self, pf: ProfileFigure, lang: str, parent: QWidget, hub=None) -> None:
        super().__init__(parent)
        c = colors()
        self.figure = pf.figure
        self.hub = hub
        self.setObjectName("profileFigure")
        self.setStyleSheet(f"QFrame#profileFigure {{ background: {c.base}; border: 1px solid {c.border};"
                           f" border-radius: 8px; }} QFrame#profileFigure:hover {{ border-color: {c.accent}; }}"
                           f" QFrame#profileFigure:focus {{ border: 3px solid {c.accent}; }}")  # focus ring
        make_focusable_control(self, QAccessible.Role.Button)
        name_widget(self, spoken_figure(pf.figure, lang), spoken_figure_detail(pf.figure, lang))
        self.setMinimumWidth(230)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 12)
        text = label(figure_html(pf, lang), self)
        text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # The value line at the top of the card, as in every card of its row (a taller neighbour
        # must not push this card's text down to its middle).
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text_label = text
        lay.addWidget(text)
        lay.addStretch(1)

    def activate(self) -> None:
        """Show the figure's source (a click, Enter/Space, a screen reader's press)."""
        if self.hub is not None:
            self.hub.show_figure(self.figure.id)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self.activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter or Space on the focused card shows its source, as a click does."""
        if is_activation(event):
            self.activate()
            event.accept()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event) -> None:  # noqa: N802
        if self.hub is not None:
            self.hub.show_figure(self.figure.id)
        super().enterEvent(event)


def figure_card(pf: ProfileFigure, lang: str, parent: QWidget, hub=None) -> QFrame:
    return FigureCard(pf, lang, parent, hub)
