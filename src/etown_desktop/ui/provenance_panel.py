"""The side panel that says where a figure comes from (source, publisher, date, paragraph …)."""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from etown_desktop.core.errors import NotFound
from etown_desktop.ui import theme
from etown_desktop.ui.accessibility.names import name_chrome
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.text_size.state import factor as text_factor

if TYPE_CHECKING:  # the core data modules: loaded with the database, not by this module
    from PySide6.QtCore import QUrl  # (a link's type; not resolved at start)

    from etown_desktop.core.records import Figure
    from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)

FIGURE_SCHEME = "figure"


class ProvenancePanel(QWidget):
    """Listens to ``hub.figureActivated`` and shows the figure's full provenance."""

    figureShown = Signal(str)

    def __init__(self, repo: Repository | None, hub: ProvenanceHub,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo  # None until the app has opened the database (after the first paint)
        self.hub = hub
        self.current_figure_id: str | None = None
        self._statement = None  # the statement shown, if any (redrawn after a scheme switch)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("provenance")
        name_chrome(self.browser, "ProvenancePanel", QT_TRANSLATE_NOOP("ProvenancePanel", "Source of the selected figure"))
        self.browser.setOpenLinks(False)
        # Break lines between words only ("Announcements", never "Announcement / s").
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        from etown_desktop.ui.source_reader.quote_view import SourceQuoteView

        self.source_quote = SourceQuoteView(lambda: self.repo, self)
        layout.addWidget(self.source_quote)
        layout.setStretchFactor(self.browser, 1)
        self.figureShown.connect(self.source_quote.show_figure)
        hub.figureActivated.connect(self.show_figure)
        hub.statementActivated.connect(self.show_statement)
        self._show_empty()
        enable_touch_scrolling(self)  # a finger scrolls its lists and texts (QScroller, touch only)

    # -- public -----------------------------------------------------------------------------
    def show_figure(self, figure_id: str) -> None:
        if self.repo is None:
            return
        try:
            fig = self.repo.figure(figure_id)
        except NotFound:
            log.warning("Provenance requested for unknown figure %s", figure_id)
            return
        self.current_figure_id = fig.id
        self._statement = None
        self.browser.setHtml(self.figure_html(fig))
        self.figureShown.emit(fig.id)

    def show_statement(self, statement) -> None:
        if self.repo is not None:
            from etown_desktop.ui.provenance_statement import statement_html

            self.current_figure_id = None
            self._statement = statement
            self.browser.setHtml(statement_html(self.repo, statement, current_language()))

    def restyle_ui(self) -> None:
        """A new colour scheme (ui/appearance): the same figure or statement in the new colours."""
        if self.current_figure_id:
            self.show_figure(self.current_figure_id)
        elif self._statement is not None:
            self.show_statement(self._statement)
        else:
            self._show_empty()

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    # -- rendering --------------------------------------------------------------------------
    def _show_empty(self) -> None:
        c = theme.colors()
        title = html.escape(self.tr("Where does this number come from?"))
        hint = html.escape(self.tr("Click or select any figure — a card, a bar or a table row — "
                                   "to see its source, publisher, date and paragraph here."))
        self.browser.setHtml(
            f"<div style='color:{c.muted}; margin:12px'>"
            f"<p style='font-size:large'><b>{title}</b></p><p>{hint}</p></div>")

    def figure_html(self, fig: Figure) -> str:
        from etown_desktop.core.formatting import (
            format_paragraph,
            format_period,
            format_publisher,
            format_source_date,
            format_usd,
            format_value,
        )

        lang = current_language()
        c = theme.colors()
        src = fig.source
        esc = html.escape
        provenance, also = self.tr("Provenance"), self.tr("Also stated as")
        rows: list[tuple[str, str]] = [
            (self.tr("Period"), esc(format_period(fig, lang))),
            (self.tr("Qualifier"), esc(self._qualifier_words(fig, lang))),
        ]
        usd = format_usd(fig, lang)
        if usd:
            rows.append((self.tr("In US dollars"), esc(usd)))
        rows += [
            (self.tr("Source"), f"<b>{esc(src.ref)}</b> · {esc(src.title(lang))}"),
            (self.tr("Publisher"), self._maybe_missing(src.publisher, format_publisher(src, lang), c.muted)),
            (self.tr("Date"), self._maybe_missing(src.published or src.updated,
                                                  format_source_date(src, lang), c.muted)),
            (self.tr("Paragraph"), esc(str(fig.paragraph))),
        ]
        if src.section(lang):
            rows.append((self.tr("Page section"), esc(src.section(lang))))
        note = fig.note(lang)
        if note:
            rows.append((self.tr("Note"), esc(note)))
        table = "".join(
            f"<tr><td style='color:{c.muted}; padding:4px 12px 4px 0; white-space:nowrap'>{esc(k)}</td>"
            f"<td style='padding:4px 0'>{v}</td></tr>" for k, v in rows)
        parts = [
            "<div style='margin:8px'>",
            f"<p style='color:{c.muted}; margin:0'>{esc(fig.id)} · {esc(provenance)}</p>",
            f"<p style='font-size:large; font-weight:700; margin:4px 0'>{esc(fig.label(lang))}</p>",
            # one step smaller at large text sizes: the value stays on one line in the dock
            f"<p style='font-size:{'x-large' if text_factor() >= 1.5 else 'xx-large'}; font-weight:700;"
            f" color:{c.accent}; margin:4px 0 10px 0'>"
            f"{esc(format_value(fig, lang))}</p>",
            f"<table cellspacing='0'>{table}</table>",
        ]
        details = self.tr("Details: archived copy %1").replace("%1", src.seed_file)
        tail = [f"<p style='color:{c.muted}; font-size:small; margin-top:10px'>{esc(details)}</p>"]
        alternatives = self.repo.alternatives(fig)
        if alternatives:
            parts.append(f"<p style='margin-top:14px'><b>{esc(also)}</b></p><ul>")
            for alt in alternatives:
                where = self.tr("{ref}, {publisher}, {date}, {paragraph} ({period})").format(
                    ref=alt.source.ref, publisher=format_publisher(alt.source, lang),
                    date=format_source_date(alt.source, lang),
                    paragraph=format_paragraph(alt.paragraph, lang), period=format_period(alt, lang))
                parts.append(
                    f"<li><a href='{FIGURE_SCHEME}:{esc(alt.id)}'>{esc(format_value(alt, lang))}</a>"
                    f" — {esc(where)}</li>")
            parts.append("</ul>")
        parts += tail
        parts.append("</div>")
        return "".join(parts)

    def _qualifier_words(self, fig: Figure, lang: str) -> str:
        if fig.qualifier == "exact":
            return self.tr("exact figure")
        from etown_desktop.core.formatting import QUALIFIER_NAME

        word = QUALIFIER_NAME["zh" if lang == "zh" else "en"][fig.qualifier]
        return self.tr("the source says “%1”").replace("%1", word)

    @staticmethod
    def _maybe_missing(value: str | None, text: str, muted: str) -> str:
        if value:
            return html.escape(text)
        return f"<i style='color:{muted}'>{html.escape(text)}</i>"

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == FIGURE_SCHEME:
            self.hub.show_figure(url.path())
