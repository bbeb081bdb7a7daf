"""PowerPoint and Word in the app: File → Export story as PowerPoint…, the presenter view's button,
the Brief panel's Export Word…; a bad template is one clear message, nothing is written."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtWidgets import QDialog
from pptx import Presentation as PptxPresentation

from etown_desktop.core.stories.store import find_story, load_stories
from etown_desktop.ui.office.story_export_dialog import StoryExportDialog


@pytest.fixture
def window(open_main_window, repo):
    from etown_desktop.ui.export.export_actions import install_exports

    win = open_main_window((1366, 768))
    install_exports(win, repo)  # the bootstrap does this after the first paint
    return win


def _accept_story_dialog(monkeypatch, story_id: str, lang: str, template: str = ""):
    def run(self: QDialog) -> int:
        if isinstance(self, StoryExportDialog):
            self.story_combo.setCurrentIndex(self.story_combo.findData(story_id))
            self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))
            self.template_edit.setText(template)
            return int(QDialog.DialogCode.Accepted)
        return int(QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QDialog, "exec", run)


def test_file_menu_exports_a_story_as_powerpoint(window, dialogs, monkeypatch, tmp_path):
    action = window.export_story_pptx_action
    assert action in window.file_menu.actions() and action.text() == "Export story as Po&werPoint…"
    _accept_story_dialog(monkeypatch, "biomedicine", "zh")
    dialogs.file_answer = str(tmp_path / "deck.pptx")
    action.trigger()
    prs = PptxPresentation(str(tmp_path / "deck.pptx"))
    assert len(prs.slides) == 4
    assert "生物医药" in prs.slides[0].shapes.title.text_frame.text


def test_a_bad_template_is_one_message_and_nothing_is_written(window, dialogs, monkeypatch, tmp_path):
    template = tmp_path / "locked.pptx"
    template.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    _accept_story_dialog(monkeypatch, "zone", "en", str(template))
    dialogs.file_answer = str(tmp_path / "deck.pptx")
    window.export_story_pptx_action.trigger()
    warning = dialogs.texts("warning")[-1]
    assert "password-protected" in warning and str(template) in warning
    assert not (tmp_path / "deck.pptx").exists()


def test_presenter_view_button_exports_the_story(qtbot, repo, dialogs, tmp_path, settings_dir):
    from etown_desktop.ui.presentation.presentation import Presentation
    from etown_desktop.ui.presentation.presenter_view import PresenterView

    story = find_story(load_stories(repo.path), "auto")
    show = Presentation(repo, story, "en")
    qtbot.addWidget(show.audience)
    view = PresenterView(repo, show.controller)
    qtbot.addWidget(view)
    assert view.pptx_button.text() == "Export as PowerPoint…"
    dialogs.file_answer = str(tmp_path / "auto.pptx")
    view.pptx_button.click()
    prs = PptxPresentation(str(tmp_path / "auto.pptx"))
    assert len(prs.slides) == len(story.slides)


def test_brief_panel_exports_word(window, dialogs, tmp_path):
    c = window.brief_controller
    for ref in ("F001", "chart:overview.output_trend"):
        c.add(ref)
    panel = window.brief_dock.panel
    assert panel.word_button.isEnabled() and panel.word_button.text() == "Export Word…"
    dialogs.file_answer = str(tmp_path / "brief.docx")
    panel.word_button.click()
    doc = Document(str(tmp_path / "brief.docx"))
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 1"][:2] == [
        "1. Gross industrial output value", "2. Gross industrial output, 2012 → 2021"]
    assert len(doc.inline_shapes) == 1


def test_the_entries_follow_a_live_language_switch(window, qtbot, settings_dir):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from etown_desktop.ui import i18n
    from etown_desktop.ui.language.switcher import switch_language

    window.brief_controller.add("F001")
    try:
        switch_language("zh", remember=False)
        for _ in range(3):
            QApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert window.export_story_pptx_action.text() == "将演示导出为 PowerPoint(&W)…"
        assert window.brief_dock.panel.word_button.text() == "导出 Word…"
    finally:
        i18n.install_translator("en")
