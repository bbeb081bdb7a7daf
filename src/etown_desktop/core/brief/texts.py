"""Fixed wording of the exported brief (document content, en and zh)."""

from __future__ import annotations

from etown_desktop.core.formatting import normalize_lang

TEXT = {
    "en": {
        "title": "Meeting brief", "subtitle": "Beijing Economic-Technological Development Area (E-Town)",
        "company": "Prepared for", "date": "Meeting date", "staffer": "Prepared by",
        "contact": "Contact", "contents": "Contents", "sources": "Sources",
        "edition": "Database edition", "as_of": "Data as of", "page": "page {n} / {total}",
        "changed": "Changed in this database edition since the brief was made: check before use.",
        "removed": "No longer in this database edition; left out.",
        "cite": "[{n}, ¶{p}]", "empty": "The brief is empty.",
        "qualifiers": "Figures are quoted as their sources state them (about, nearly, more than …); "
                      "numbers in brackets refer to the sources at the end.",
    },
    "zh": {
        "title": "会谈简报", "subtitle": "北京经济技术开发区（亦庄）",
        "company": "拜会企业", "date": "会谈日期", "staffer": "准备人", "contact": "联系方式",
        "contents": "目录", "sources": "资料来源", "edition": "数据库版本", "as_of": "数据时间",
        "page": "第{n}页，共{total}页",
        "changed": "自简报制作以来，该项在本数据库版本中已变更，使用前请核对。",
        "removed": "本数据库版本中已无此项，已略去。",
        "cite": "[{n}，第{p}段]", "empty": "简报为空。",
        "qualifiers": "数据均按来源原文表述引用（约、近、超过等）；方括号中的编号对应文末资料来源。",
    },
}


def text(lang: str, key: str, **kwargs: object) -> str:
    s = TEXT[normalize_lang(lang)][key]
    return s.format(**kwargs) if kwargs else s
