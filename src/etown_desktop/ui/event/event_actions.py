"""Install View → Present (F5), View → Language and Help → Booth report… in the main window,
and the live language switch of the window itself."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from etown_desktop.ui.language.language_menu import build_language_menu
from etown_desktop.ui.lean_start import set_shortcut
from etown_desktop.ui.language.window_retranslator import WindowRetranslator

if TYPE_CHECKING:
    from etown_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class EventActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.presentation = None
        self.present_action = QAction(QCoreApplication.translate("EventActions", "&Present"), window)
        self.present_action.setObjectName("presentAction")
        set_shortcut(self.present_action, "F5")
        self.present_action.triggered.connect(self.present)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.present_action)
        window.addAction(self.present_action)
        self.language_menu = build_language_menu(window, window.view_menu)
        self.report_action = QAction(QCoreApplication.translate("EventActions", "&Booth report…"), window)
        self.report_action.setObjectName("boothReportAction")
        self.report_action.triggered.connect(self.booth_report)
        window.help_menu.insertAction(window.about_action, self.report_action)
        self.retranslator = WindowRetranslator(window)

    def present(self, story_id: str | None = None) -> None:
        """Present a story (the zone story by default) from the open window."""
        if self.window.repo is None or (self.presentation and self.presentation.running):
            return
        from etown_desktop.core.errors import EtownError
        from etown_desktop.core.stories.store import find_story, load_stories
        from etown_desktop.ui.i18n import current_language
        from etown_desktop.ui.presentation.presentation import Presentation

        try:
            story = find_story(load_stories(self.window.repo.path), story_id)
        except EtownError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.window, QCoreApplication.translate("EventActions", "Present"), str(exc))
            return
        self.presentation = Presentation(self.window.repo, story, current_language(),
                                         parent=self.window)
        self.presentation.finished.connect(self._presentation_finished)
        self.presentation.start()
        self.presentation.attach_visit_log()  # slides shown, in the user's local visit log

    def _presentation_finished(self) -> None:
        """Free the show's windows (each F5 builds new ones)."""
        show = self.presentation
        for w in (show.audience, show.presenter):
            if w is not None:
                w.deleteLater()
        show.deleteLater()
        self.presentation = None
        self.window.activateWindow()

    def booth_report(self) -> None:
        from etown_desktop.ui.visits.booth_report_dialog import BoothReportDialog

        dialog = BoothReportDialog(self.window)
        from PySide6.QtCore import Qt  # here, not at the top: ui/lean_start

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def install(window: MainWindow) -> EventActions:
    window.event_actions = EventActions(window)
    return window.event_actions
