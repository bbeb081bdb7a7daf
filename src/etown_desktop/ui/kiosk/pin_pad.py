"""The on-screen PIN pad a staffer uses to leave the kiosk: big keys, digits shown as dots."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from etown_desktop.ui.presentation import slide_style as st

KEY_PX = 88  # well above the 48 px touch minimum


class PinPad(QFrame):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.restyle_ui()
        self.pin = ""
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 26px; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = QLabel(self)
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setStyleSheet("font-size: 40px; min-height: 56px;")
        self.message = QLabel(self)
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 20px;")  # the slides' accent colour (#pinPad QLabel#pinMessage)
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit, lambda _=False, d=digit: self.press(d)), i // 3, i % 3)
        self.clear_key = self._key("⌫", self.backspace)
        self.ok_key = self._key("OK", self.submit)
        grid.addWidget(self.clear_key, 3, 0)
        grid.addWidget(self._key("0", lambda: self.press("0")), 3, 1)
        grid.addWidget(self.ok_key, 3, 2)
        self.cancel_key = QPushButton(self)
        self.cancel_key.setObjectName("pinCancel")
        self.cancel_key.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        for w in (self.title, self.dots, self.message):
            layout.addWidget(w)
        layout.addLayout(grid)
        layout.addWidget(self.cancel_key)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._retranslate()
        self._show_dots()

    def restyle_ui(self) -> None:
        """The kiosk's slide colours of the scheme in use (also after a switch: ui/appearance)."""
        self.setStyleSheet(
            f"#pinPad {{ background: {st.PANEL}; border: 3px solid {st.ACCENT}; border-radius: 18px; }}"
            f"#pinPad QPushButton {{ font-size: 34px; font-weight: bold; min-width: {KEY_PX}px; "
            f"min-height: {KEY_PX}px; border-radius: 12px; color: {st.TEXT}; background: {st.BACKGROUND}; "
            f"border: 2px solid {st.BORDER}; }}"
            f"#pinPad QPushButton:pressed {{ background: {st.PANEL_PRESSED}; }}"
            f"#pinPad QLabel {{ color: {st.TEXT}; }}"
            f"#pinPad QLabel#pinMessage {{ color: {st.ACCENT}; }}")

    def _key(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        self.keys[text] = button
        return button

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.cancel_key.setText(self.tr("Cancel"))
        self.setAccessibleName(self.tr("Staff PIN"))  # the pad takes the typed digits
        self.clear_key.setAccessibleName(self.tr("Delete the last digit"))  # "⌫" says nothing aloud

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def reset(self, message: str = "") -> None:
        self.pin = ""
        self.message.setText(message)
        self._show_dots()

    def press(self, digit: str) -> None:
        if len(self.pin) < 12:
            self.pin += digit
            self._show_dots()

    def backspace(self) -> None:
        self.pin = self.pin[:-1]
        self._show_dots()

    def submit(self) -> None:
        pin, self.pin = self.pin, ""
        self._show_dots()
        self.submitted.emit(pin)

    def cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

    def _show_dots(self) -> None:
        self.dots.setText("●" * len(self.pin) if self.pin else "—")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if text.isdigit():
            self.press(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        event.accept()  # nothing typed on the pad reaches the kiosk behind it
