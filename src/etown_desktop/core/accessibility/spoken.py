"""The text a screen reader speaks for a figure (a KPI card) and for a chart (its values in order).

Built from :mod:`etown_desktop.core.formatting` so the spoken value is the value on screen, with
its qualifier in words ("nearly ¥600 bn", "近6000亿元"), never a bare number.
"""

from __future__ import annotations

from etown_desktop.core.charts import ChartSeries, ChartSpec
from etown_desktop.core.formatting import format_paragraph, format_period, format_value, normalize_lang
from etown_desktop.core.records import Figure

# Chart value labels carry the qualifier as a symbol in English ("≈ ¥600 bn"); spoken as words.
# "≈" stands for both "about" and "nearly", so it is read as the neutral "approximately".
MATRIX_DOT = "●"  # a matrix cell that is stated (core.charts: the zone matrix)
SYMBOL_WORD = {"≈": "approximately", "≥": "at least", "≤": "at most", ">": "more than", "<": "less than"}
TEXT = {
    "en": {"source": "source {ref}", "sep": ", ", "item": "{category}: {value}", "items": "; ",
           "series": "{name}: {items}", "series_sep": ". "},
    "zh": {"source": "来源{ref}", "sep": "，", "item": "{category}：{value}", "items": "；",
           "series": "{name}：{items}", "series_sep": "。"},
}


def spoken_value(label: str, lang: str = "en") -> str:
    """A chart value label with its qualifier symbol in words: '≈ ¥600 bn' -> 'approximately ¥600 bn'."""
    if normalize_lang(lang) == "zh":
        return label  # Chinese labels already use words (约, 近, 超过)
    for symbol, word in SYMBOL_WORD.items():
        if label.startswith(symbol):
            return f"{word} {label[len(symbol):].strip()}"
    return label


def spoken_parts(value: str, label: str, period: str, source_ref: str, lang: str = "en") -> str:
    """'nearly ¥600 bn, gross industrial output value, 2021, source S1' from its formatted parts
    (``value`` with its qualifier in words)."""
    t = TEXT[normalize_lang(lang)]
    return t["sep"].join(p for p in (value, label, period, t["source"].format(ref=source_ref)) if p)


def spoken_figure(figure: Figure, lang: str = "en", label: str | None = None) -> str:
    """A figure read aloud (``label`` replaces the figure's own label where a card shows another)."""
    lang = normalize_lang(lang)
    return spoken_parts(format_value(figure, lang, style="words"), label or figure.label(lang),
                        format_period(figure, lang), figure.source.ref, lang)


def spoken_figure_detail(figure: Figure, lang: str = "en") -> str:
    """The rest of the provenance for the description: the source's title and paragraph."""
    lang = normalize_lang(lang)
    src = figure.source
    return TEXT[lang]["sep"].join((src.title(lang), format_paragraph(figure.paragraph, lang)))


def spoken_series(series: ChartSeries, lang: str = "en") -> str:
    """'2012: approximately ¥250 bn; 2021: approximately ¥600 bn' (the points in drawing order)."""
    lang = normalize_lang(lang)
    t = TEXT[lang]
    items = []
    for p in series.points:
        label = p.label(lang)
        if label == MATRIX_DOT:  # a matrix: the dot says "yes", the category is enough
            items.append(p.category(lang))
        elif label:  # an empty matrix cell says nothing and is left out
            items.append(t["item"].format(category=p.category(lang), value=spoken_value(label, lang)))
    return t["items"].join(items)


def spoken_chart(spec: ChartSpec, lang: str = "en") -> str:
    """Every value of a chart in drawing order, with its category and qualifier, then the source."""
    lang = normalize_lang(lang)
    t = TEXT[lang]
    blocks = []
    for series in spec.series:
        items = spoken_series(series, lang)
        blocks.append(t["series"].format(name=series.name(lang), items=items)
                      if len(spec.series) > 1 or spec.kind == "panels" else items)
    text = t["series_sep"].join(blocks)
    source = spec.source(lang)
    return f"{text}{t['series_sep']}{source}" if source else text
