"""The welcome dialog: choose the interface language, learn that every number shows its source."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from etown_desktop.ui import i18n
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.language.retranslation import VERBATIM
from etown_desktop.ui.text_size.state import px

log = logging.getLogger(__name__)

# Each language is named in its own language (never translated): a reader finds their own.
LANGUAGE_NAMES = (("en", "English"), ("zh", "简体中文"))


class WelcomeDialog(QDialog):
    """Asks the language (preselected), says in two lines that every number shows its source.

    Choosing a language switches the dialog's own text at once (``preview``), so the reader
    confirms in the language they picked. ``language()`` is the choice."""

    def __init__(self, lang: str, parent: QWidget | None = None, preview: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self._preview = preview
        self._lang = i18n.normalize(lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.language_label = QLabel(self)
        layout.addWidget(self.language_label)
        self.buttons_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGE_NAMES:
            button = QRadioButton(name, self)
            button.setProperty(VERBATIM, True)  # each language named in its own language
            button.setObjectName(f"language_{code}")
            button.setChecked(code == self._lang)
            button.toggled.connect(lambda on, c=code: on and self._choose(c))
            self.buttons_group.addButton(button)
            self.language_buttons[code] = button
            layout.addWidget(button)
        layout.addSpacing(6)
        self.sources_label = QLabel(self)
        self.sources_label.setObjectName("welcomeSources")
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.sources_label)
        self.reopen_label = QLabel(self)
        self.reopen_label.setObjectName("muted")
        self.reopen_label.setWordWrap(True)
        layout.addWidget(self.reopen_label)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setIcon(QIcon())  # text only
        self.button_box.accepted.connect(self.accept)
        layout.addWidget(self.button_box)
        # wider at a larger text size (View → Text size), so the text wraps less; never wider
        # than the screen
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() - 80 if screen is not None else 540
        self.setMinimumWidth(max(540, min(px(540), room)))
        self._retranslate()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    def language(self) -> str:
        return self._lang

    def _choose(self, lang: str) -> None:
        self._lang = lang
        if self._preview:
            i18n.install_translator(lang)  # the whole app's language (first start)
        self._retranslate()  # at once: Qt delivers LanguageChange to widgets later
        if lang == "zh":
            from etown_desktop.ui.fonts import ensure_cjk_font

            ensure_cjk_font()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.heading.setText(self.tr("Welcome to E-Town Investor Desktop"))
        self.language_label.setText(self.tr("Interface language:"))
        self.sources_label.setText(
            self.tr("Every number in this app comes from a published source.") + "\n"
            + self.tr("Click a number to see its source, paragraph and date in the source panel."))
        self.reopen_label.setText(self.tr("You can open this window again from Help › Welcome."))
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start"))
