"""BriefController: the brief of this session — add, remove, reorder, cover, language — saved with
the settings after every change (it survives a restart) and checked against the database when
loaded (items whose figures changed in a new edition are marked, removed ones say so)."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from etown_desktop.core.brief.model import Brief, Cover
from etown_desktop.core.brief.resolve import ResolvedItem, new_item, resolve_brief
from etown_desktop.core.brief.storage import from_json, load_brief, save_brief, to_json
from etown_desktop.core.errors import BriefInvalid, EtownError
from etown_desktop.core.repository import Repository
from etown_desktop.ui.brief.requests import brief_requests
from etown_desktop.ui.settings import AppSettings

log = logging.getLogger(__name__)

BRIEF_KEY = "brief/current"
STAFFER_KEY, CONTACT_KEY = "brief/staffer", "brief/contact"


class BriefController(QObject):
    changed = Signal()
    message = Signal(str)

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.repo: Repository | None = None
        self.brief = self._restore()
        self.resolved: list[ResolvedItem] = []
        brief_requests().addRequested.connect(self.add)

    def _restore(self) -> Brief:
        raw = self.settings.value(BRIEF_KEY)
        brief = Brief()
        if raw:
            try:
                brief = from_json(raw)
            except BriefInvalid as exc:
                log.warning("the saved brief could not be read and was set aside: %s", exc)
        cover = brief.cover
        # The staffer's own name and contact are remembered even when a brief is cleared.
        return replace(brief, cover=replace(
            cover, staffer=cover.staffer or self.settings.value(STAFFER_KEY, "") or "",
            contact=cover.contact or self.settings.value(CONTACT_KEY, "") or ""))

    def set_repository(self, repo: Repository) -> None:
        self.repo = repo
        self._refresh()

    def _refresh(self) -> None:
        self.resolved = resolve_brief(self.repo, self.brief) if self.repo is not None else []
        self.changed.emit()

    def _set(self, brief: Brief) -> None:
        self.brief = brief
        self.settings.set_value(BRIEF_KEY, to_json(brief))
        self.settings.set_value(STAFFER_KEY, brief.cover.staffer)
        self.settings.set_value(CONTACT_KEY, brief.cover.contact)
        self.settings.sync()
        self._refresh()

    # -- editing ---------------------------------------------------------------------------------
    def add(self, ref: str) -> bool:
        if self.repo is None:
            return False
        if ref in self.brief.refs():
            self.message.emit(self.tr("Already in the brief."))
            return False
        try:
            item = new_item(self.repo, ref)
        except EtownError as exc:
            self.message.emit(str(exc))
            return False
        self._set(replace(self.brief.with_item(item), edition=self.repo.metadata.edition))
        self.message.emit(self.tr("Added to the brief ({n} items).").format(n=len(self.brief.items)))
        return True

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.brief.items):
            self._set(self.brief.without(index))

    def move(self, src: int, dst: int) -> None:
        if 0 <= src < len(self.brief.items) and src != dst:
            self._set(self.brief.moved(src, dst))

    def reorder(self, refs: list[str]) -> None:
        if refs != self.brief.refs():
            self._set(self.brief.reordered(refs))

    def set_cover(self, cover: Cover) -> None:
        if cover != self.brief.cover:
            self._set(replace(self.brief, cover=cover))

    def set_lang(self, lang: str) -> None:
        if lang != self.brief.lang:
            self._set(replace(self.brief, lang=lang))

    def clear(self) -> None:
        self._set(Brief(cover=replace(Cover(), staffer=self.brief.cover.staffer,
                                      contact=self.brief.cover.contact), lang=self.brief.lang))

    # -- files -----------------------------------------------------------------------------------
    def save(self, path: Path | str) -> Path:
        return save_brief(self.brief, path)

    def open(self, path: Path | str) -> None:
        self._set(load_brief(path))

    def export_pdf(self, path: Path | str, lang: str | None = None) -> Path:
        from etown_desktop.ui.brief.brief_pdf import export_brief_pdf

        return export_brief_pdf(self.repo, self.brief, path, lang or self.brief.lang)

    def export_docx(self, path: Path | str, lang: str | None = None) -> Path:
        from etown_desktop.core.office.brief_docx import export_brief_docx
        from etown_desktop.ui.office.chart_png import chart_png_provider

        return export_brief_docx(self.repo, self.brief, path, lang or self.brief.lang,
                                 chart_png_provider(self.repo))

    def export_zip(self, path: Path | str, lang: str | None = None) -> Path:
        from etown_desktop.ui.brief.brief_zip import export_brief_zip

        return export_brief_zip(self.repo, self.brief, path, lang or self.brief.lang)
