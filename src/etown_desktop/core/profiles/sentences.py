"""Short sentences generated from figures, in English and Chinese (never typed by hand).

Every number in a sentence comes from the figure it describes (its value, formatted as everywhere
else in the app, or its period), and the qualifier the source uses ("nearly", "more than", 近,
超过 …) is always spelled out.
"""

from __future__ import annotations

from etown_desktop.core.formatting import format_period, format_value, normalize_lang
from etown_desktop.core.records import Figure


def figure_sentence(figure: Figure, lang: str = "en") -> str:
    """'Gross industrial output value — nearly ¥600 bn (2021).' / '工业总产值（2021年）：近6000亿元。'"""
    lang = normalize_lang(lang)
    value = format_value(figure, lang, style="words")
    period = format_period(figure, lang)
    label = figure.label(lang).rstrip("。.")
    if lang == "zh":
        return f"{label}（{period}）：{value}。"
    return f"{label} — {value} ({period})."


def target_sentence(figure: Figure, lang: str = "en") -> str:
    """A plan target: 'Target: … — more than 2,300 national high-tech enterprises (by 2025).'"""
    lang = normalize_lang(lang)
    prefix = "目标：" if lang == "zh" else "Target: "
    return prefix + figure_sentence(figure, lang)
