"""The app's PowerPoint and Word exports: a story as .pptx (File menu, presenter view) and the
brief as .docx (Brief panel). Path-based core functions do the work; this is the dialog glue,
with every expected failure shown as one clear message in the interface language."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from etown_desktop.core.errors import EtownError
from etown_desktop.core.repository import Repository
from etown_desktop.core.stories.records import Story

log = logging.getLogger(__name__)

TEMPLATE_KEY = "export/pptx_template"


def template_message(rule: str, path: str) -> str:
    """A refused --template in the interface language."""
    texts = {
        "missing": QCoreApplication.translate("OfficeExport", "The template {path} does not exist."),
        "folder": QCoreApplication.translate("OfficeExport", "The template {path} is a folder, not a .pptx file."),
        "unreadable": QCoreApplication.translate("OfficeExport", "The template {path} cannot be read."),
        "not_pptx": QCoreApplication.translate("OfficeExport", "The template {path} is not a PowerPoint (.pptx) file."),
        "protected": QCoreApplication.translate(
            "OfficeExport", "The template {path} is password-protected (or an old .ppt file). Save it as an "
                 "unprotected .pptx and try again."),
        "damaged": QCoreApplication.translate("OfficeExport", "The template {path} is damaged and cannot be opened."),
    }
    return texts.get(rule, texts["not_pptx"]).format(path=path)


def error_text(exc: EtownError) -> str:
    from etown_desktop.core.office.errors import TemplateInvalid

    if isinstance(exc, TemplateInvalid):
        return template_message(exc.rule, exc.path)
    return str(exc)


def _controller(window: QWidget, repo: Repository):
    ctl = getattr(window, "export_controller", None)
    if ctl is None:
        from etown_desktop.ui.export.export_controller import ExportController

        ctl = ExportController(repo, window, getattr(window, "settings", None))
    return ctl


def save_story(window: QWidget, repo: Repository, story: Story, lang: str, template: Path | None = None) -> Path | None:
    """Ask where, then write ``story`` as .pptx; None when cancelled or failed (after a message)."""
    from etown_desktop.core.office.story_pptx import export_story_pptx

    ctl = _controller(window, repo)
    chosen = ctl.ask_save_path(
        QCoreApplication.translate("OfficeExport", "Export story as PowerPoint"), f"{story.id}_{lang}.pptx",
        [QCoreApplication.translate("OfficeExport", "PowerPoint presentation (*.pptx)")])
    if chosen is None:
        return None
    path, _ = chosen
    warnings: list[str] = []

    def write() -> Path:
        warnings.extend(export_story_pptx(repo, story, path, lang, template))
        return path
    try:
        write()
    except EtownError as exc:
        log.warning("PowerPoint export failed: %s", exc)
        QMessageBox.warning(window, QCoreApplication.translate("OfficeExport", "Export failed"),
                            error_text(exc))
        return None
    ctl.run(lambda: path)  # remembers the folder, says "Saved …" in the status bar
    if "no_title" in warnings:
        QMessageBox.information(
            window, QCoreApplication.translate("OfficeExport", "Export story as PowerPoint"),
            QCoreApplication.translate("OfficeExport", "The template has no layout with a title "
                                                       "placeholder; the app's own layout was used."))
    return path


def export_story_from_menu(window) -> Path | None:
    """File → Export story as PowerPoint…: story, language and template, then where."""
    from etown_desktop.core.stories.store import load_stories
    from etown_desktop.ui.i18n import current_language
    from etown_desktop.ui.office.story_export_dialog import StoryExportDialog

    repo = window.repo
    stories = load_stories(repo.path)
    if not stories:
        QMessageBox.warning(window, QCoreApplication.translate("OfficeExport", "Export failed"),
                            QCoreApplication.translate("OfficeExport", "This database edition holds no stories."))
        return None
    settings = getattr(window, "settings", None)
    remembered = (settings.value(TEMPLATE_KEY) if settings is not None else "") or ""
    dialog = StoryExportDialog(stories, current_language(), window, str(remembered))
    if dialog.exec() != StoryExportDialog.DialogCode.Accepted:
        return None
    if settings is not None:
        settings.set_value(TEMPLATE_KEY, str(dialog.template or ""))
    story = next(s for s in stories if s.id == dialog.story_id)
    return save_story(window, repo, story, dialog.lang, dialog.template)


def save_brief_docx(window: QWidget, controller, default_name: str) -> Path | None:
    """Brief panel → Export Word…"""
    from etown_desktop.ui.export.export_controller import ExportController

    ctl = getattr(window.window(), "export_controller", None) or ExportController(controller.repo, window)
    chosen = ctl.ask_save_path(QCoreApplication.translate("OfficeExport", "Export brief as Word"),
                               f"{default_name}.docx",
                               [QCoreApplication.translate("OfficeExport", "Word document (*.docx)")])
    if chosen is None:
        return None
    path, _ = chosen
    if ctl.run(lambda: controller.export_docx(path)):
        return path
    return None
