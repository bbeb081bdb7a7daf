"""Turn a figure into display text: value + qualifier + unit, USD conversion, dates.

These are data-formatting rules shared by the UI, the CLI and the exports, in English ("en")
and Simplified Chinese ("zh"). Window chrome strings live in the UI and go through Qt's tr().
"""

from __future__ import annotations

import unicodedata

from etown_desktop.core.records import Figure, Source, Unit

QUALIFIER_SYMBOL = {
    "exact": "", "about": "≈", "nearly": "≈", "more_than": ">", "at_least": "≥",
    "less_than": "<", "at_most": "≤",
}
QUALIFIER_WORD = {
    "en": {"exact": "", "about": "about", "nearly": "nearly", "more_than": "more than",
           "at_least": "at least", "less_than": "less than", "at_most": "at most"},
    "zh": {"exact": "", "about": "约", "nearly": "近", "more_than": "超过",
           "at_least": "至少", "less_than": "不到", "at_most": "不超过"},
}
QUALIFIER_NAME = {
    "en": {"exact": "exact", "about": "about", "nearly": "nearly", "more_than": "more than",
           "at_least": "at least", "less_than": "less than", "at_most": "at most"},
    "zh": {"exact": "确数", "about": "约", "nearly": "近", "more_than": "超过",
           "at_least": "至少", "less_than": "不到", "at_most": "不超过"},
}
TEXT = {
    "en": {"undated": "undated", "no_publisher": "publisher not stated",
           "no_period": "period not stated", "updated": "updated {date}",
           "published": "{date}", "rate": "source's rate ¥{rate} per US$",
           "paragraph": "paragraph {n}", "rank": "No. {n}", "stage": "stage {n}"},
    "zh": {"undated": "未注明日期", "no_publisher": "未注明发布机构",
           "no_period": "未注明时期", "updated": "更新于{date}",
           "published": "{date}", "rate": "原文汇率：1美元≈{rate}元",
           "paragraph": "第{n}段", "rank": "第{n}位", "stage": "{n}阶段"},
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def normalize_lang(lang: str) -> str:
    """"zh", "zh_CN", "zh-Hans" -> "zh"; anything else -> "en"."""
    if lang == "en" or lang == "zh":  # the usual case, asked millions of times by a large build
        return lang
    return "zh" if lang.lower().startswith("zh") else "en"


_lang = normalize_lang


def display_width(text: str) -> int:
    """Visual width in half-width columns: a Chinese (wide) character counts twice.

    Checks that decide a font size, a line break or a column width must use this, not ``len()``:
    "约310亿元/平方公里" has few characters but is as wide as a long English value.
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# Display names of the figure topics (schema.TOPICS), for the figures table on screen and exported.
TOPIC_NAMES: dict[str, tuple[str, str]] = {
    "overview": ("Overview", "概览"),
    "clusters": ("Industrial clusters", "产业集群"),
    "foreign_investment": ("Foreign investment", "外商投资"),
    "fortune500": ("Fortune 500", "世界500强"),
    "reforms": ("Reforms", "营商环境改革"),
    "targets": ("Plans & targets", "规划与目标"),
    "beijing_context": ("Beijing context", "北京背景"),
}


def topic_name(topic: str, lang: str = "en") -> str:
    names = TOPIC_NAMES.get(topic)
    if names is None:
        return topic.replace("_", " ").capitalize()
    return names[1] if _lang(lang) == "zh" else names[0]


def format_number(value: float, decimals: int | None = None) -> str:
    """1043 -> '1,043'; 96.7 -> '96.7'; 3.0 stays '3' unless decimals are asked for."""
    if decimals is not None:
        return f"{value:,.{decimals}f}"
    if float(value).is_integer():
        return f"{int(value):,}"
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text


def _zh_number(value: float) -> str:
    """Chinese number style: 349200 -> '34.92万', 650000 -> '65万', 6000 -> '6000'.

    万 is used only when it keeps the value exact (at most two decimals of 万); otherwise the
    digits are written out without separators (91659.67 -> '91659.67')."""
    if abs(value) >= 10000:
        wan = value / 10000
        if abs(round(wan, 2) * 10000 - value) < 1e-6:
            return f"{format_number(round(wan, 2)).replace(',', '')}万"
    return format_number(value).replace(",", "")


def format_amount(value: float, unit: Unit, lang: str = "en") -> str:
    """The number with its unit, no qualifier: '¥600 bn', '96.7%', '6000亿元'."""
    lang = _lang(lang)
    if lang == "zh":
        if unit.style == "rank":
            return TEXT["zh"]["rank"].format(n=format_number(value))
        if unit.style == "stage":
            return TEXT["zh"]["stage"].format(n=_stage(value))
        scaled = value * unit.zh_factor
        return f"{_zh_number(scaled)}{unit.zh}"
    num = format_number(value)
    if unit.style == "cny_bn":
        suffix = "" if unit.id == "cny_bn" else " " + unit.en.replace("billion yuan", "").strip()
        return f"¥{num} bn{suffix}"
    if unit.style == "usd_bn":
        return f"US${num} bn"
    if unit.style == "cny":
        return f"¥{num} {unit.en.replace('yuan', '').strip()}".strip()
    if unit.style == "percent":
        return f"{num}%"
    if unit.style == "rank":
        return TEXT["en"]["rank"].format(n=num)
    if unit.style == "stage":
        return TEXT["en"]["stage"].format(n=_stage(value))
    name = unit.en_one if value == 1 else unit.en
    return f"{num} {name}"


def _stage(value: float) -> str:
    return f"{value:.1f}"


def format_value(figure: Figure, lang: str = "en", style: str = "symbol") -> str:
    """Value, qualifier and unit: '≈ ¥600 bn' (symbol) / 'nearly ¥600 bn' (words) / '近6000亿元'."""
    lang = _lang(lang)
    amount = format_amount(figure.value, figure.unit, lang)
    if lang == "zh":
        word = QUALIFIER_WORD["zh"][figure.qualifier]
        return f"{word}{amount}"
    if style == "words":
        word = QUALIFIER_WORD["en"][figure.qualifier]
        return f"{word} {amount}".strip()
    symbol = QUALIFIER_SYMBOL[figure.qualifier]
    return f"{symbol} {amount}".strip()


def format_usd(figure: Figure, lang: str = "en") -> str | None:
    """The source's own USD conversion with its implied rate, or None when it gives none."""
    if figure.usd_value is None:
        return None
    lang = _lang(lang)
    usd_unit = Unit("usd_bn", "", "", "亿美元", 10, "usd_bn") if figure.unit.style == "cny_bn" else None
    if usd_unit is not None:
        amount = format_amount(figure.usd_value, usd_unit, lang)
    else:
        amount = (f"US${format_number(figure.usd_value)}" if lang == "en"
                  else f"{_zh_number(figure.usd_value)}美元")
    rate = TEXT[lang]["rate"].format(rate=f"{figure.usd_rate:.2f}")
    return f"{amount}（{rate}）" if lang == "zh" else f"{amount} ({rate})"


def format_date(iso: str, lang: str = "en") -> str:
    """'2022-10-22' -> '22 Oct 2022' / '2022年10月22日'."""
    year, month, day = (int(p) for p in iso.split("-"))
    if _lang(lang) == "zh":
        return f"{year}年{month}月{day}日"
    return f"{day} {MONTHS[month - 1]} {year}"


def format_source_date(source: Source, lang: str = "en") -> str:
    lang = _lang(lang)
    if source.published:
        return TEXT[lang]["published"].format(date=format_date(source.published, lang))
    if source.updated:
        return TEXT[lang]["updated"].format(date=format_date(source.updated, lang))
    return TEXT[lang]["undated"]


def format_publisher(source: Source, lang: str = "en") -> str:
    return source.publisher or TEXT[_lang(lang)]["no_publisher"]


def format_period(figure: Figure, lang: str = "en") -> str:
    period = figure.period(_lang(lang))
    return period or TEXT[_lang(lang)]["no_period"]


def format_paragraph(n: int, lang: str = "en") -> str:
    return TEXT[_lang(lang)]["paragraph"].format(n=n)


def source_line(figures: list[Figure], lang: str = "en") -> str:
    """One line naming the sources of some figures, e.g. for a chart's footnote."""
    return sources_line([f.source for f in figures], lang)


def sources_line(sources: list[Source], lang: str = "en") -> str:
    """'Source: S5, "title", 29 Sep 2019' (publisher where printed); several sources by ref."""
    lang = _lang(lang)
    seen = {s.id: s for s in sources}
    parts = []
    for s in sorted(seen.values(), key=lambda s: s.ref):
        bits = [s.ref, f"“{s.title(lang)}”" if lang == "zh" else f'"{s.title(lang)}"']
        if s.publisher:
            bits.append(s.publisher)
        bits.append(format_source_date(s, lang))
        parts.append(", ".join(bits) if lang == "en" else "，".join(bits))
    prefix = "Source: " if lang == "en" else "来源："
    if len(parts) > 1:
        prefix = "Sources: " if lang == "en" else "来源："
    return prefix + ("; ".join(parts) if lang == "en" else "；".join(parts))


def aside(text: str, lang: str = "en") -> str:
    """A parenthetical after a name: ' (first in Beijing)' / '（北京首创）' (full-width, no space)."""
    return f"（{text}）" if _lang(lang) == "zh" else f" ({text})"


def join_sentences(sentences, lang: str = "en") -> str:
    """Sentences one after another: a space after '.' in English, none after '。' in Chinese."""
    return ("" if _lang(lang) == "zh" else " ").join(s for s in sentences if s)


# Counted nouns for headless output (the windows use Qt's %n plural forms): English singular and
# plural, Chinese measure word.
COUNT_NOUNS = {"visit": ("visit", "visits", "次参观")}


def count_noun(n: int, noun: str, lang: str = "en") -> str:
    """'1 visit', '2 visits', '0 visits'; '2次参观'."""
    one, many, zh = COUNT_NOUNS[noun]
    if _lang(lang) == "zh":
        return f"{n}{zh}"
    return f"{n:,} {one if n == 1 else many}"
