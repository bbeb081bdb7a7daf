"""File → Export story as PowerPoint…: which story, in which language, on which template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from etown_desktop.core.stories.records import Story
from etown_desktop.ui.widgets import file_dialogs


class StoryExportDialog(QDialog):
    def __init__(self, stories: list[Story], lang: str, parent: QWidget | None = None,
                 template: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("storyExportDialog")
        self.setWindowTitle(self.tr("Export story as PowerPoint"))
        self.story_combo = QComboBox(self)
        for s in stories:
            self.story_combo.addItem(f"{s.title(lang)} ({len(s.slides)})", s.id)
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("中文", "zh")
        self.lang_combo.setCurrentIndex(1 if lang == "zh" else 0)
        self.template_edit = QLineEdit(template, self)
        self.template_edit.setPlaceholderText(self.tr("none: the app's own look"))
        self.template_edit.setMinimumWidth(self.template_edit.fontMetrics().horizontalAdvance("M") * 28)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.template_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Story"), self.story_combo)
        form.addRow(self.tr("Language"), self.lang_combo)
        form.addRow(self.tr("Template (.pptx)"), row)
        self.template_edit.setAccessibleName(self.tr("Template (.pptx)"))  # its row is a layout: no buddy
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        start = self.template_edit.text() or str(Path.home())
        name, _ = file_dialogs.open_file_name(self, self.tr("PowerPoint template"), start,
                                              self.tr("PowerPoint presentation (*.pptx)"))
        if name:
            self.template_edit.setText(name)

    @property
    def story_id(self) -> str:
        return self.story_combo.currentData()

    @property
    def lang(self) -> str:
        return self.lang_combo.currentData()

    @property
    def template(self) -> Path | None:
        text = self.template_edit.text().strip()
        return Path(text) if text else None
