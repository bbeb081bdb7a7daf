"""Fixed wording printed on exported documents (charts, fact sheet, pack), in en and zh.

Like :mod:`etown_desktop.core.formatting`, this is document content in the data's language,
not window chrome (which goes through Qt's tr()).
"""

from __future__ import annotations

from etown_desktop.core.formatting import format_date, normalize_lang

# One name per language, the same as the window's (the translation of "E-Town Investor Desktop").
APP_NAME = {"en": "E-Town Investor Desktop", "zh": "亦庄投资者桌面"}

TEXT = {
    "en": {
        "edition": "{app} · database edition {edition} · reviewed {date}",
        "factsheet_title": "Beijing E-Town at a glance",
        "factsheet_subtitle": "Beijing Economic-Technological Development Area (BDA) — key facts for investors",
        "clusters": "Industry clusters",
        "reforms": "Business-environment reforms",
        "first_in_beijing": "first in Beijing",
        "sources": "Sources",
        "edition_note": "Database edition {edition} · every figure is quoted as its source states it",
        "page_note": "Qualifiers as stated: ≈ about/nearly, > more than. Figures are not our estimates.",
        "not_stated": "not stated",
        "sector": "Sector",
        "readme": "E-Town investor pack",
        "archived_copy": "details: archived copy",
        "more_sources": "… and {n} more sources (the sources with the most figures are listed; all in the app)",
        "sources_on_page": "Sources on this page:",
        "page_of": "Page {n}/{total}",
        "rows_left_out": "Showing the first {n} of {total} rows — export the table (CSV/Excel) for all rows.",
        "more_on_page": "… and {n} more sources on this page",
        "more_items": "… and {n} more, shown in the app.",
    },
    "zh": {
        "edition": "{app} · 数据库版本 {edition} · 审核于{date}",
        "factsheet_title": "北京经济技术开发区概览",
        "factsheet_subtitle": "北京经济技术开发区（亦庄）——面向投资者的关键数据",
        "clusters": "产业集群",
        "reforms": "营商环境改革",
        "first_in_beijing": "北京首创",
        "sources": "资料来源",
        "edition_note": "数据库版本 {edition} · 所有数据均按来源原文表述引用",
        "page_note": "限定词按原文：≈ 约/近，> 超过。数据均非本方估算。",
        "not_stated": "未说明",
        "sector": "行业",
        "readme": "北京经济技术开发区投资资料包",
        "archived_copy": "详情：存档文件",
        "more_sources": "……另有{n}个来源（此处列出数据最多的来源，完整列表见应用）",
        "sources_on_page": "本页数据来源：",
        "page_of": "第 {n} / {total} 页",
        "rows_left_out": "仅显示前 {n} 行，共 {total} 行——如需全部行，请导出表格（CSV/Excel）。",
        "more_on_page": "……本页另有 {n} 个来源",
        "more_items": "……另有 {n} 项，请在应用中查看。",
    },
}


def text(lang: str, key: str, **kwargs: str) -> str:
    lang = normalize_lang(lang)
    s = TEXT[lang][key]
    return s.format(app=APP_NAME[lang], **kwargs) if ("{" in s) else s


def edition_line(lang: str, edition: str, data_date: str) -> str:
    """App, edition and the date our team reviewed the data (not the facts' date: the source line
    under each chart gives that)."""
    try:
        date = format_date(data_date, lang)
    except (ValueError, IndexError):
        date = data_date
    return text(lang, "edition", edition=edition, date=date)
