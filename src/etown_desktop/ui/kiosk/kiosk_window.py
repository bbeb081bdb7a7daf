"""The kiosk's one window: slides to browse by touch, always-visible buttons (previous, next,
EN | 中文), a source card for a tapped figure, and the PIN pad. It refuses to close until the
staff PIN has been entered; it has no menus, no actions and no file dialogs."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.core.kiosk.lockout import PinGate
from etown_desktop.core.repository import Repository
from etown_desktop.ui import lean_start
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.presentation import slide_style as st
from etown_desktop.ui.presentation.controller import SlideController
from etown_desktop.ui.presentation.provenance_text import figures_html
from etown_desktop.ui.presentation.slide_deck import SlideDeck

if TYPE_CHECKING:  # imported with the source text (resolving the class builds its enums)
    from PySide6.QtWidgets import QTextBrowser

log = logging.getLogger(__name__)

CORNER_PX = 96  # the hidden long-press area (top-left corner)
LONG_PRESS_MS = 3000
BUTTON_PX = 72


class SourceCard(QFrame):
    """Where a tapped figure comes from, over the slide, with a big Close button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sourceCard")
        self.restyle_ui()
        self._text: QTextBrowser | None = None
        self.close_button = QPushButton(self)
        self.close_button.setProperty("focusPolicy", "NoFocus")
        self.close_button.clicked.connect(self.hide)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.addWidget(self.close_button)
        self._retranslate()
        self.hide()

    @property
    def text_built(self) -> bool:
        return self._text is not None

    @property
    def text(self) -> QTextBrowser:
        """The source text, built when first needed (the kiosk builds it right after its first
        slide is painted): a text browser's scroll bars and viewport are made in C++, and the
        first of them handed to Python makes PySide6 resolve every widget class (~70 enums)."""
        if self._text is None:
            from PySide6.QtWidgets import QTextBrowser  # with the text (issue 22)

            from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling

            self._text = QTextBrowser(self)
            self._text.stackUnder(self.close_button)  # first among the card's children, as read aloud
            self.layout().insertWidget(0, self._text, 1)
            self._text.setAccessibleName(self.tr("Source of the figure"))
            enable_touch_scrolling(self._text)  # a long source list scrolls by finger
        return self._text

    def restyle_ui(self) -> None:
        """The slide colours of the scheme in use (a dark card: the kiosk's palette)."""
        self.setStyleSheet(f"#sourceCard {{ background: {st.PANEL}; border: 3px solid {st.ACCENT}; "
                           f"border-radius: 18px; }} QTextBrowser {{ border: none; font-size: 24px; "
                           f"background: {st.PANEL}; color: {st.TEXT}; }}"
                           f"QPushButton {{ font-size: 26px; min-height: 64px; color: {st.TEXT}; "
                           f"background: {st.BACKGROUND}; border: 2px solid {st.BORDER}; border-radius: 12px; }}"
                           f"QPushButton:pressed {{ background: {st.PANEL_PRESSED}; }}")

    def _retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        if self._text is not None:
            self._text.setAccessibleName(self.tr("Source of the figure"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class Backdrop(QWidget):
    """Dims the slide behind the PIN pad or a source card; a tap on it closes the card."""

    tapped = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskBackdrop")
        lean_start.set_attribute(self, lean_start.WA_STYLED_BACKGROUND)
        self.setStyleSheet("#kioskBackdrop { background: rgba(0, 0, 0, 150); }")
        self.hide()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self.tapped.emit()
        event.accept()


def _button(parent: QWidget, text: str) -> QPushButton:
    """``QPushButton(text, parent)``, without resolving ``QIcon``."""
    button = QPushButton(parent)
    button.setText(text)
    return button


class KioskWindow(QWidget):
    unlocked = Signal()
    languageButtonClicked = Signal()
    pinPadOpened = Signal()
    contactLeft = Signal()  # a visitor submitted "Leave your contact"

    def __init__(self, repo: Repository, deck: SlideDeck, controller: SlideController,
                 gate: PinGate, parent: QWidget | None = None) -> None:
        # No ``Qt`` enum before the first slide is painted (ui/lean_start): the flags set before
        # the window is shown, as if given to the constructor.
        super().__init__(parent)
        lean_start.set_window_flags(self, lean_start.WINDOW | lean_start.FRAMELESS_WINDOW_HINT
                                    | lean_start.WINDOW_STAYS_ON_TOP_HINT)
        self.repo, self.deck, self.controller, self.gate = repo, deck, controller, gate
        self.allow_close = False
        self.setObjectName("kioskWindow")
        lean_start.set_attribute(self, lean_start.WA_STYLED_BACKGROUND)
        self._style()
        self.setProperty("focusPolicy", "StrongFocus")
        bar = QFrame(self)
        bar.setObjectName("kioskBar")
        # Made, then given their text: PySide6 tells QPushButton(text, parent) from its
        # (icon, text, parent) form by resolving QIcon, ~150 enum members (~11 M instructions)
        # before the first slide (issue 22).
        self.prev_button = _button(bar, "‹")
        self.next_button = _button(bar, "›")
        self.language_button = _button(bar, "EN | 中文")
        self.language_button.setObjectName("languageButton")
        self.contact_button = QPushButton(bar)  # "Leave your contact": shown when the event allows it
        self.contact_button.setObjectName("contactButton")
        self.contact_button.setProperty("focusPolicy", "NoFocus")
        self.contact_button.setStyleSheet("padding: 0 18px;")
        self.contact_button.hide()
        self.contact_form = None
        self.position_label = QLabel(bar)
        self.hint_label = QLabel(bar)
        for b in (self.prev_button, self.next_button, self.language_button):
            b.setProperty("focusPolicy", "NoFocus")
        self.language_button.setStyleSheet("padding: 0 18px;")  # its whole text, at any scale
        self.language_button.setMinimumWidth(self.language_button.sizeHint().width())
        # The hint gives way first on a small screen: it wraps and may shrink, the buttons never do.
        self.hint_label.setWordWrap(True)
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label.setStyleSheet("font-size: 22px;")
        self.prev_button.clicked.connect(controller.previous)
        self.next_button.clicked.connect(controller.next)
        self.language_button.clicked.connect(self.languageButtonClicked)
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 8, 24, 16)
        row.addWidget(self.prev_button)
        row.addSpacing(12)
        row.addWidget(self.position_label)
        row.addSpacing(24)
        row.addWidget(self.hint_label, 1)
        row.addWidget(self.contact_button)
        row.addWidget(self.language_button)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(deck, 1)
        layout.addWidget(bar)
        self.backdrop = Backdrop(self)
        self.backdrop.tapped.connect(self.hide_source)
        self.source_card = SourceCard(self)
        self.source_card.close_button.clicked.connect(self.hide_source)
        self._pin_pad = None  # built when a staffer first asks for it
        deck.figureTapped.connect(self.show_source)
        controller.changed.connect(self._update_position)
        self._long_press = QTimer(self)
        self._long_press.setSingleShot(True)
        self._long_press.setInterval(LONG_PRESS_MS)
        self._long_press.timeout.connect(self.open_pin_pad)
        self._retranslate()
        # Not said aloud yet: the window is not shown, and the session's first go_to says it. The
        # announcement would build the slide now, and showing the window would then measure its
        # text at sizes never drawn, before the slide's type is set for the screen (issue 22).
        self._update_position(deck.index, say=False)

    # -- texts -------------------------------------------------------------------------------
    def _style(self) -> None:
        self.setStyleSheet(f"#kioskWindow {{ background: {st.BACKGROUND}; }}"
                           f"#kioskBar QPushButton {{ font-size: 30px; font-weight: bold; "
                           f"min-height: {BUTTON_PX}px; min-width: {BUTTON_PX + 40}px; color: {st.TEXT};"
                           f"background: {st.PANEL}; border: 2px solid {st.BORDER}; border-radius: 14px; }}"
                           f"#kioskBar QPushButton:pressed {{ background: {st.PANEL_PRESSED}; }}"
                           f"#kioskBar QLabel {{ font-size: 28px; color: {st.MUTED}; }}")

    def restyle_ui(self) -> None:
        """A new colour scheme (ui/appearance): the kiosk's bar in its slide colours."""
        self._style()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("E-Town booth"))
        self.contact_button.setText(self.tr("Leave your contact"))
        self.hint_label.setText(self.tr("Swipe or tap ‹ › to browse · tap a figure to see its source"))
        self.language_button.setToolTip("")
        self.prev_button.setAccessibleName(self.tr("Previous slide"))  # "‹" says nothing aloud
        self.next_button.setAccessibleName(self.tr("Next slide"))
        self.language_button.setAccessibleName(self.tr("Language: English | 中文"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.source_card.isVisible() and getattr(self, "_source_ids", None):
                self.source_card.text.setHtml(figures_html(self.repo, self._source_ids, current_language()))
        super().changeEvent(event)

    def enable_contact_form(self, store) -> None:
        """Offer "Leave your contact" (the store is opened without the passphrase: write only)."""
        from etown_desktop.ui.kiosk.contact_form import KioskContactForm

        self.contact_form = KioskContactForm(store, self)
        self.contact_form.hide()
        self.contact_form.done.connect(self.setFocus)
        self.contact_form.submitted.connect(lambda _id: self.contactLeft.emit())
        self.contact_button.clicked.connect(self.open_contact_form)
        self.contact_button.show()

    def open_contact_form(self) -> None:
        if self.contact_form is not None:
            self.contact_form.setGeometry(self.rect())
            self.contact_form.open()

    def close_contact_form(self) -> None:
        if self.contact_form is not None:
            self.contact_form.finish()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.contact_form is not None and self.contact_form.isVisible():
            self.contact_form.setGeometry(self.rect())

    def _update_position(self, index: int, say: bool = True) -> None:
        self.position_label.setText(f"{index + 1} / {self.deck.count}")
        if not say:
            return
        from etown_desktop.ui.accessibility.announce import announce
        from etown_desktop.ui.presentation.controller import slide_announcement

        announce(self, slide_announcement(self.deck, index))

    # -- source card -------------------------------------------------------------------------
    def show_source(self, figure_id: str) -> None:
        slide = self.deck.current_slide()
        # a tap on a chart shows where every bar comes from
        ids = list(slide.chart.spec.figure_ids) if slide.chart is not None else [figure_id]
        self._source_ids = ids
        self.source_card.text.setHtml(figures_html(self.repo, ids, current_language()))
        self._place(self.source_card, 0.6, 0.55)
        self._dim(True)
        self.source_card.show()
        self.source_card.raise_()

    def hide_source(self) -> None:
        self.source_card.hide()
        self._dim(self._pin_pad is not None and self._pin_pad.isVisible())

    def _dim(self, on: bool) -> None:
        self.backdrop.setGeometry(self.rect())
        self.backdrop.setVisible(on)
        if on:
            self.backdrop.raise_()

    # -- leaving: hidden gesture, PIN ---------------------------------------------------------
    def corner_rect(self) -> QRect:
        return QRect(0, 0, CORNER_PX, CORNER_PX)

    def long_press_started(self, pos: QPoint) -> None:
        if self.corner_rect().contains(pos):
            self._long_press.start()

    def long_press_ended(self) -> None:
        self._long_press.stop()

    @property
    def pin_pad(self):
        if self._pin_pad is None:
            from etown_desktop.ui.kiosk.pin_pad import PinPad

            self._pin_pad = PinPad(self)
            self._pin_pad.hide()
            self._pin_pad.submitted.connect(self.check_pin)
            self._pin_pad.cancelled.connect(self.close_pin_pad)
        return self._pin_pad

    def open_pin_pad(self) -> None:
        self.pin_pad.reset()
        self._place(self.pin_pad, 0.0, 0.0)
        self.source_card.hide()
        self._dim(True)
        self.pin_pad.show()
        self.pin_pad.raise_()
        self.pin_pad.setFocus()
        self.pinPadOpened.emit()

    def close_pin_pad(self) -> None:
        if self._pin_pad is not None:
            self._pin_pad.hide()
        self._dim(self.source_card.isVisible())
        self.setFocus()

    def check_pin(self, pin: str) -> None:
        result = self.gate.try_pin(pin)
        if result.ok:
            log.info("Kiosk unlocked by the staff PIN")
            self.allow_close = True
            self.close_pin_pad()
            self.unlocked.emit()
            return
        if result.failures and result.wait_s <= 0:
            self.pin_pad.reset(self.tr("Wrong PIN."))
        else:
            seconds = max(1, round(result.wait_s))
            self.pin_pad.reset(self.tr("Wrong PIN. Try again in {seconds} s.").format(seconds=seconds))
        log.warning("Wrong kiosk PIN (%d in a row)", result.failures)

    def _place(self, widget: QWidget, w_share: float, h_share: float) -> None:
        hint = widget.sizeHint()
        w = max(hint.width(), round(self.width() * w_share))
        h = max(hint.height(), round(self.height() * h_share))
        w, h = min(w, self.width()), min(h, self.height())
        widget.setGeometry((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    # -- input -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        mods = event.modifiers()
        chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_K and (mods & chord) == chord:
            self.open_pin_pad()  # the staffer's key chord: Ctrl+Alt+K
        elif event.key() == Qt.Key.Key_Escape:
            self.hide_source()  # Esc never leaves the kiosk
        elif not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if event.key() == Qt.Key.Key_L:
                self.languageButtonClicked.emit()
            elif event.key() not in (Qt.Key.Key_B, Qt.Key.Key_Period):  # no black screen at a booth
                self.controller.handle_key(event)
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self.controller.handle_wheel(event.angleDelta().y())
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.long_press_started(event.position().toPoint())
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self.long_press_ended()
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.allow_close:
            event.accept()
            return
        log.info("Close request refused: the kiosk is locked")
        event.ignore()
