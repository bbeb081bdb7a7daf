""""Still there? Continue" over the kiosk before it starts over after idle (WCAG 2.2.1).

The prompt counts down ``seconds``; a touch, click or key anywhere on it continues the visit
(:attr:`continued`), the end of the countdown lets the kiosk reset (:attr:`expired`)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from etown_desktop.ui import lean_start
from etown_desktop.ui.presentation import slide_style as st

BUTTON_PX = 88  # well above the 48 px touch minimum (WCAG 2.5.8)
TICK_MS = 200


class StillTherePrompt(QWidget):
    """A full-window overlay (so a tap anywhere continues, and lands on no figure) with a card."""

    continued = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self.seconds = 0.0  # set by start()
        self._deadline = 0.0
        self.setObjectName("stillThere")
        # (built once the kiosk's first slide is painted; set as before it, without the ``Qt`` enums)
        lean_start.set_attribute(self, lean_start.WA_STYLED_BACKGROUND)
        lean_start.set_attribute(self, lean_start.WA_ACCEPT_TOUCH_EVENTS)
        self.setProperty("focusPolicy", "StrongFocus")
        self.restyle_ui()
        card = QFrame(self)
        card.setObjectName("stillThereCard")
        self.card = card
        self.title = QLabel(card)
        self.title.setStyleSheet("font-size: 40px; font-weight: bold;")
        self.title.setProperty("alignment", "AlignCenter")
        self.countdown = QLabel(card)
        self.countdown.setObjectName("stillThereCountdown")
        self.countdown.setStyleSheet("font-size: 26px;")
        self.countdown.setProperty("alignment", "AlignCenter")
        self.countdown.setWordWrap(True)
        self.continue_button = QPushButton(card)
        self.continue_button.setObjectName("stillThereContinue")
        self.continue_button.setProperty("focusPolicy", "NoFocus")
        self.continue_button.clicked.connect(self._continue)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(40, 32, 40, 32)
        lay.setSpacing(20)
        lay.addWidget(self.title)
        lay.addWidget(self.countdown)
        lay.addWidget(self.continue_button)
        lean_start.set_layout_alignment(lay, self.continue_button, lean_start.ALIGN_H_CENTER)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._update)
        self._retranslate()
        self.hide()

    def restyle_ui(self) -> None:
        """The slide colours of the scheme in use (also after a switch: ui/appearance)."""
        self.setStyleSheet(
            "#stillThere { background: rgba(0, 0, 0, 150); }"
            f"#stillThereCard {{ background: {st.PANEL}; border: 3px solid {st.ACCENT}; border-radius: 18px; }}"
            f"#stillThereCard QLabel {{ color: {st.TEXT}; }}"
            f"#stillThereCard QPushButton {{ font-size: 32px; font-weight: bold; min-height: {BUTTON_PX}px;"
            f" min-width: {2 * BUTTON_PX}px; padding: 0 32px; color: {st.BACKGROUND}; background: {st.ACCENT};"
            " border: none; border-radius: 14px; }")

    # -- showing -----------------------------------------------------------------------------
    def start(self, seconds: float) -> None:
        self.seconds = seconds
        self._deadline = self.clock() + seconds
        self.setGeometry(self.parentWidget().rect())
        self._update_text()
        self.show()
        self.raise_()
        self.setFocus()
        self._tick.start()
        from etown_desktop.ui.accessibility.announce import announce

        # a screen reader interrupts what it reads: the visit ends unless someone answers
        announce(self, f"{self.title.text()} {self.countdown.text()}", assertive=True)

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    @property
    def counting(self) -> bool:
        return self._tick.isActive()

    def remaining_s(self) -> int:
        return max(0, math.ceil(self._deadline - self.clock()))

    def _update(self) -> None:
        if self.clock() >= self._deadline:
            self.stop()
            self.expired.emit()
            return
        self._update_text()

    def _continue(self) -> None:
        if self.isVisible():
            self.stop()
            self.continued.emit()

    # -- texts -------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue the visit"))
        self.setAccessibleName(self.tr("Still there?"))
        self._update_text()

    def _update_text(self) -> None:
        text = self.tr("The screen starts over in {seconds} s. Touch anywhere to continue.").format(
            seconds=self.remaining_s())
        self.countdown.setText(text)
        self.countdown.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        hint = self.card.sizeHint()
        w = min(self.width(), max(hint.width(), round(self.width() * 0.5)))
        h = min(self.height(), hint.height())
        self.card.setGeometry((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    # -- input: anything continues -----------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._continue()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate):
            event.accept()
            return True
        if event.type() == QEvent.Type.TouchEnd:
            self._continue()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self._continue()
        event.accept()
