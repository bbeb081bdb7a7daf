"""The booth's own on-screen keyboard (Qt Virtual Keyboard is GPL-only and not in
PySide6-Essentials): Latin letters, digits, @ . - _ +, a shift, a space and a backspace.

Keys never take the focus: they type into the line edit that had it last. Every key is at least
48 px square (WCAG 2.5.8 asks 24; fingers at a booth need more)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from etown_desktop.ui.accessibility.names import name_chrome

KEY_PX = 50  # ≥ 48 px touch targets
ROWS = ("1234567890", "qwertyuiop", "asdfghjkl@", "zxcvbnm.-_", "+")
SHIFT, BACKSPACE, SPACE = "⇧", "⌫", "␣"
# What a screen reader says for a key whose label is a symbol (a letter or digit says itself).
KEY_NAMES = {
    "@": QT_TRANSLATE_NOOP("OnScreenKeyboard", "at sign"), ".": QT_TRANSLATE_NOOP("OnScreenKeyboard", "dot"),
    "-": QT_TRANSLATE_NOOP("OnScreenKeyboard", "hyphen"), "_": QT_TRANSLATE_NOOP("OnScreenKeyboard", "underscore"),
    "+": QT_TRANSLATE_NOOP("OnScreenKeyboard", "plus"), SHIFT: QT_TRANSLATE_NOOP("OnScreenKeyboard", "Shift"),
    SPACE: QT_TRANSLATE_NOOP("OnScreenKeyboard", "Space"), BACKSPACE: QT_TRANSLATE_NOOP("OnScreenKeyboard", "Backspace"),
}


class OnScreenKeyboard(QWidget):
    typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.target: QLineEdit | None = None
        self.shift = False
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(5)
        for r, row in enumerate(ROWS[:4]):
            for c, ch in enumerate(row):
                grid.addWidget(self._key(ch), r, c)
        grid.addWidget(self._key(SHIFT), 4, 0, 1, 2)
        grid.addWidget(self._key("+"), 4, 2)
        grid.addWidget(self._key(SPACE), 4, 3, 1, 5)
        grid.addWidget(self._key(BACKSPACE), 4, 8, 1, 2)
        self.keys[SHIFT].setCheckable(True)

    def _key(self, ch: str) -> QPushButton:
        b = QPushButton(ch, self)
        b.setObjectName(f"key_{ch}")
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setMinimumSize(KEY_PX, KEY_PX)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        b.setStyleSheet("font-size: 24px;")
        b.clicked.connect(lambda _=False, key=ch: self.press(key))
        if ch in KEY_NAMES:
            name_chrome(b, "OnScreenKeyboard", KEY_NAMES[ch])
        self.keys[ch] = b
        return b

    def attach(self, edits: list[QLineEdit]) -> None:
        """Type into whichever of ``edits`` last had the focus."""
        for e in edits:
            e.installEventFilter(self)
        self.target = edits[0] if edits else None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(obj, QLineEdit):
            self.target = obj
        return False

    def press(self, key: str) -> None:
        if key == SHIFT:
            self.set_shift(not self.shift)
            return
        if self.target is None:
            return
        if key == BACKSPACE:
            self.target.backspace()
        else:
            text = " " if key == SPACE else (key.upper() if self.shift else key)
            self.target.insert(text)
            self.typed.emit(text)
            if self.shift:
                self.set_shift(False)  # one capital, like a phone's keyboard
        self.target.setFocus()

    def set_shift(self, on: bool) -> None:
        self.shift = on
        self.keys[SHIFT].setChecked(on)
        for ch, b in self.keys.items():
            if len(ch) == 1 and ch.isalpha() and ch not in (SHIFT, BACKSPACE, SPACE):
                b.setText(ch.upper() if on else ch)
