"""File → Export story as PowerPoint… in the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

MENU_TEXT = QT_TRANSLATE_NOOP("OfficeExport", "Export story as Po&werPoint…")


def install_office_actions(window, anchor=None) -> QAction:
    act = QAction(QCoreApplication.translate("OfficeExport", MENU_TEXT), window)
    act.setObjectName("exportStoryPptxAction")

    def run() -> None:
        from etown_desktop.ui.office.office_export import export_story_from_menu

        export_story_from_menu(window)
    act.triggered.connect(run)
    if anchor is not None:
        window.file_menu.insertAction(anchor, act)
    else:
        window.file_menu.addAction(act)
    window.export_story_pptx_action = act
    return act
