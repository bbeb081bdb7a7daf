"""Print / Save tab as PDF: a real paginated vector document, checked with poppler (not Qt)."""

from __future__ import annotations

import re
import subprocess

import pytest

from etown_desktop.app.cli import main
from etown_desktop.core.formatting import format_value
from etown_desktop.ui.tabs import TAB_REGISTRY

pytestmark = [pytest.mark.usefixtures("qapp"),
              pytest.mark.requires_tools("pdftotext", "pdffonts", "pdfimages")]


def _run(*argv: str) -> str:
    return subprocess.run(list(argv), capture_output=True, text=True, check=True).stdout


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _ancestors(widget, top):
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.parentWidget()


def _tab(repo, hub, name):
    import importlib

    _, module, cls = next(t for t in TAB_REGISTRY if t[0] == name)
    return getattr(importlib.import_module(module), cls)(repo, hub)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", [t[0] for t in TAB_REGISTRY])
def test_export_tab_has_every_kpi_value_as_text(qtbot, repo, hub, qapp, tmp_path, capsys, name, lang):
    out = tmp_path / f"{name}-{lang}.pdf"
    assert main(["export", "tab", name, "-o", str(out), "--lang", lang]) == 0
    assert ("Wrote " if lang == "en" else "已写入 ") + str(out) in capsys.readouterr().out  # messages follow --lang
    text = _squash(_run("pdftotext", str(out), "-"))
    from etown_desktop.ui import i18n

    i18n.install_translator(lang, qapp)
    try:
        tab = _tab(repo, hub, name)
        qtbot.addWidget(tab)
        from PySide6.QtWidgets import QWidget

        from etown_desktop.core.records import Figure

        cards = [w for w in tab.findChildren(QWidget)
                 if isinstance(getattr(w, "figure", None), Figure) and not w.isHidden()
                 and not any(p.isHidden() for p in _ancestors(w, tab))]
        assert cards or name in ("reforms", "sources"), "every other tab shows figure cards"
        missing = [format_value(c.figure, lang, style="words") for c in cards
                   if _squash(format_value(c.figure, lang, style="words")) not in text]
        assert not missing, missing
        for chart in getattr(tab, "charts", []):
            assert _squash(chart.spec.title(lang)) in text
        assert _squash(tab.title()) in text  # the page header
    finally:
        i18n.install_translator("en", qapp)
    info = _run("pdfinfo", str(out))
    assert "A4" in info


def test_pdf_is_paginated_with_header_footer_and_repeated_table_header(tmp_path, repo):
    out = tmp_path / "sources.pdf"
    assert main(["export", "tab", "sources", "-o", str(out), "--paper", "letter"]) == 0
    info = _run("pdfinfo", str(out))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 3 and "letter" in info.lower()
    for n in range(1, pages + 1):
        page = _run("pdftotext", "-f", str(n), "-l", str(n), "-layout", str(out), "-")
        assert f"Page {n}/{pages}" in page
        assert "Sources & all figures" in page and repo.metadata.edition in page
        if n > 1:  # the all-figures table continues with its header row
            assert re.search(r"ID\s+Topic\s+Figure\s+Value", page), page[:400]
        cited = set(re.findall(r"^\s*(S\d)\s+“", page, re.MULTILINE))
        assert cited, "the footer lists the sources of the figures on the page"
    # every figure of the table is in the document, once per row
    squashed = _squash(_run("pdftotext", str(out), "-"))
    assert all(f.id in squashed for f in repo.figures())


def test_pdf_text_is_vector_with_embedded_fonts_including_chinese(tmp_path):
    out = tmp_path / "overview-zh.pdf"
    assert main(["--lang", "zh", "export", "tab", "overview", "-o", str(out)]) == 0
    fonts = _run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(re.search(r"\byes\b", line) for line in fonts), fonts
    assert any("NotoSansSC" in line for line in fonts)
    text = _run("pdftotext", str(out), "-")
    assert "概览" in text and re.search(r"第\s*1\s*/\s*\d+\s*页", text)
    images = _run("pdfimages", "-list", str(out)).splitlines()[2:]
    assert not images, "charts are drawn as vectors, not pasted as pictures"


def test_the_footer_names_only_the_sources_on_its_page(tmp_path, repo):
    out = tmp_path / "overview.pdf"
    assert main(["export", "tab", "overview", "-o", str(out)]) == 0
    first = _run("pdftotext", "-f", "1", "-l", "1", "-layout", str(out), "-")
    footer = first.split("Sources on this page:", 1)[1]
    refs = set(re.findall(r"\b(S\d)\b", footer))
    assert refs and refs <= {s.ref for s in repo.sources()}
    body = first.split("Sources on this page:", 1)[0]
    assert refs <= set(re.findall(r"\b(S\d)\b", body))  # nothing listed that the page does not cite
    assert set(re.findall(r"\b(S\d) · paragraph", body)) <= refs  # every card's source is listed


def test_bad_tab_name_and_paper_are_clear(capsys, tmp_path):
    assert main(["export", "tab", "nope", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "No tab 'nope'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "tab", "overview", "-o", str(tmp_path / "x.pdf"), "--paper", "a3"])


def test_print_preview_opens_large_and_fit_to_width(qtbot, repo, app_settings, dialogs):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from etown_desktop.ui.export.export_actions import install_exports
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.tab_pdf.print_actions import current_document, preview_dialog

    window = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    install_exports(window, repo)
    window.select_tab("overview")
    doc = current_document(window)
    dialog = preview_dialog(window, doc)
    qtbot.addWidget(dialog)
    screen = window.screen().availableGeometry()
    assert dialog.width() >= 0.6 * screen.width() and dialog.height() >= 0.6 * screen.height()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    window.preview_tab_action.trigger()
    assert "exec:QPrintPreviewDialog" in dialogs.names()


def test_save_tab_as_pdf_from_the_menu(qtbot, repo, app_settings, dialogs, tmp_path):
    from etown_desktop.ui.export.export_actions import install_exports
    from etown_desktop.ui.main_window import MainWindow

    window = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(window)
    window.show()
    install_exports(window, repo)
    window.select_tab("reforms")
    dialogs.file_answer = str(tmp_path / "reforms")
    window.save_tab_pdf_action.trigger()
    out = tmp_path / "reforms.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    text = _run("pdftotext", str(out), "-")
    assert all(r.name_en.split()[0] in text for r in repo.reforms())
