"""Fixed wording printed in the office documents (document content in en and zh, like
:mod:`etown_desktop.core.export.texts`; window chrome goes through Qt's tr())."""

from __future__ import annotations

from etown_desktop.core.formatting import normalize_lang

TEXT = {
    "en": {
        "source": "Source: ", "sources": "Sources: ", "paragraphs": "paragraphs {n}",
        "sources_title": "Sources", "sources_in_full": "Sources in full",
        "cited": "cited on this deck: {paragraphs}", "not_cited": "not cited on these slides",
        "distinct": "Lighter, hatched bars: {what}.",
        "context": "a related figure of a different measure, shown only as context",
        "converted": "drawn at an approximate conversion (see note)",
        "beijing": "Beijing-wide figures, not E-Town results",
        "not_stated": "not stated",
        "sources_note": "Every figure is quoted as its source states it; the source line of each "
                        "slide names the source, publisher, date and paragraph.",
        "alt_chart": "Chart: {title}. {values}",
        "table_rows": "{n} rows",
    },
    "zh": {
        "source": "来源：", "sources": "来源：", "paragraphs": "第{n}段",
        "sources_title": "资料来源", "sources_in_full": "资料来源（完整）",
        "cited": "本演示文稿引用：{paragraphs}", "not_cited": "本演示文稿未引用",
        "distinct": "浅色斜线柱：{what}。",
        "context": "口径不同的相关数据，仅作背景参考",
        "converted": "按近似折算绘制（见注）",
        "beijing": "北京全市数据，非开发区数据",
        "not_stated": "未说明",
        "sources_note": "所有数据均按来源原文表述引用；每页底部的来源行注明来源、发布机构、日期和段落。",
        "alt_chart": "图表：{title}。{values}",
        "table_rows": "共{n}行",
    },
}


def text(lang: str, key: str, **kwargs: object) -> str:
    s = TEXT[normalize_lang(lang)][key]
    return s.format(**kwargs) if kwargs else s
