"""Every dialog the app opens, built as the app builds it, for the tests that walk them: the
accessible-name walk (test_accessibility_names.py) and touch scrolling (test_touch_scroll.py)."""

from __future__ import annotations


def leads_session(tmp_path):
    from etown_desktop.ui.leads.leads_session import LeadsSession

    session = LeadsSession(tmp_path / "leads.sqlite")
    session.store.init_keys("booth passphrase")
    session.store.add_event("Hannover Messe", "2026-04-20", "Hannover")
    session.unlock("booth passphrase")
    return session


def import_report(tmp_path):
    """The import report of a pack of the bundled edition (what Data → Import shows)."""
    from etown_desktop.core.editions.dbread import edition_id, read_database
    from etown_desktop.core.editions.importer import prepare_import
    from etown_desktop.core.editions.pack import write_pack
    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.core.resources import database_path
    from etown_desktop.ui.editions.import_dialog import ImportReportDialog

    db = database_path()
    pack = write_pack(read_database(db), edition_id(db), tmp_path / "edition.etown")
    return ImportReportDialog(prepare_import(pack, EditionStore(), db))


def app_dialogs(repo, tmp_path, lang, session):
    """Every dialog the app opens, built as the app builds it (a modal one is shown, not exec'd)."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.core.profiles.outline import build_outline
    from etown_desktop.core.search.query import SearchIndex
    from etown_desktop.core.stories.store import load_stories
    from etown_desktop.ui.editions.editions_dialog import EditionsDialog
    from etown_desktop.ui.excepthook import ErrorDialog
    from etown_desktop.ui.export.export_controller import ExportController
    from etown_desktop.ui.leads import brief_lang_dialog, merge_prompt
    from etown_desktop.ui.leads.events_dialog import EventsDialog
    from etown_desktop.ui.leads.lead_form import LeadForm
    from etown_desktop.ui.leads.leads_panel import LeadsPanel
    from etown_desktop.ui.leads.my_card_dialog import MyCardDialog
    from etown_desktop.ui.leads.passphrase_dialog import PassphraseDialog
    from etown_desktop.ui.leads.show_card_dialog import ShowCardDialog
    from etown_desktop.ui.office.story_export_dialog import StoryExportDialog
    from etown_desktop.ui.profiles.section_table import section_dialog
    from etown_desktop.ui.search.search_popup import SearchPopup
    from etown_desktop.ui.source_reader.article_dialog import ArticleDialog
    from etown_desktop.ui.visits.booth_report_dialog import BoothReportDialog
    from etown_desktop.ui.welcome.welcome_dialog import WelcomeDialog
    from etown_desktop.ui.widgets import file_dialogs

    f = repo.figure("F001")
    yield WelcomeDialog(lang)
    yield ErrorDialog("ValueError: boom", "Traceback …\nValueError: boom")
    yield BoothReportDialog(None, tmp_path / "visits.sqlite")
    yield ArticleDialog(f, repo.source_paragraphs(f.source.id))  # the source reader
    yield SearchPopup(SearchIndex.from_repository(repo))
    yield EditionsDialog(EditionStore())  # Data → Editions
    yield import_report(tmp_path)  # Data → Import: the report before the edition is taken
    yield StoryExportDialog(load_stories(repo.path), lang)  # Office: story → PowerPoint
    yield section_dialog(repo, build_outline(repo, "zone"), "figures", lang, None)  # profiles: "Show all"
    # Export: "Which rows?", and the save dialog; an import's open dialog (Qt's own file dialog, as the
    # app builds it where no portal or platform dialog answers).
    holder = QWidget()
    yield ExportController(repo, holder).which_rows_box(20, 120)[0]
    yield file_dialogs.file_dialog(None, "Export table", str(tmp_path / "table.xlsx"), "Excel workbook (*.xlsx)",
                                   save=True, options=QFileDialog.Option.DontUseNativeDialog)
    yield file_dialogs.file_dialog(None, "Import update", str(tmp_path), "Edition pack (*.etown)", save=False,
                                   options=QFileDialog.Option.DontUseNativeDialog)  # Data → Import update…
    # Leads: the list, the form, my card (edit and show), events, the passphrase, same person?, brief language.
    yield LeadsPanel(session)
    yield LeadForm(session)
    yield MyCardDialog(session)
    yield ShowCardDialog(session)  # Leads → Show my card (QR)…, for a staffer in a meeting
    yield EventsDialog(session)
    yield PassphraseDialog(session)
    yield merge_prompt.merge_box(None, "Anna Mueller", "Anna Müller, Acme GmbH")[0]
    texts, current = brief_lang_dialog.choices("zh")  # as QInputDialog.getItem builds it
    ask = QInputDialog()
    ask.setWindowTitle("Follow-up brief")
    ask.setLabelText("Language of the brief:")
    ask.setComboBoxItems(texts)
    ask.setTextValue(texts[current])
    ask.setComboBoxEditable(False)
    yield ask
    about = QMessageBox(QMessageBox.Icon.NoIcon, "About E-Town Investor Desktop", "E-Town Investor Desktop",
                        QMessageBox.StandardButton.Ok)  # QMessageBox.about, as Help → About
    yield about
