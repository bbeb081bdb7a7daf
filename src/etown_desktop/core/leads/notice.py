"""The privacy notice shown with the lead form, as versioned text in ``resources/leads``.

``notice_v{N}.{lang}.txt`` holds the text with ``{bureau}``, ``{contact}`` and ``{months}``
placeholders; the bureau's name and contact are settings. A consent record keeps the version
and language it was given under, so the exact text shown can be produced again later."""

from __future__ import annotations

from dataclasses import dataclass

from etown_desktop.core.resources import resource_path

CURRENT_VERSION = 1
DEFAULT_BUREAU = {"en": "Beijing E-Town investment promotion office", "zh": "北京经济技术开发区投资促进部门"}
DEFAULT_CONTACT = "(set in Leads → Events…)"


@dataclass(frozen=True)
class NoticeSettings:
    bureau: str = ""
    contact: str = ""


def notice_text(lang: str, months: int = 12, settings: NoticeSettings | None = None,
                version: int = CURRENT_VERSION) -> str:
    lang = "zh" if lang == "zh" else "en"
    settings = settings or NoticeSettings()
    raw = resource_path("leads", f"notice_v{version}.{lang}.txt").read_text(encoding="utf-8")
    return raw.format(bureau=settings.bureau or DEFAULT_BUREAU[lang],
                      contact=settings.contact or DEFAULT_CONTACT, months=months).strip()
