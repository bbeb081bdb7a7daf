"""The points of a chart as an office document shows them: the value in the displayed unit,
the data label with the qualified value, and why a bar is drawn apart (estimated/converted,
context, Beijing-wide). Used by the native PowerPoint charts and the Word alt texts."""

from __future__ import annotations

from dataclasses import dataclass

from etown_desktop.core.charts import ChartPoint, ChartSpec
from etown_desktop.core.formatting import format_value
from etown_desktop.core.office.texts import text
from etown_desktop.core.records import Figure

BEIJING_TOPIC = "beijing_context"


@dataclass(frozen=True)
class DrawnPoint:
    """One point as the chart part holds it."""

    category: str
    value: float | None  # in the displayed unit; None: not stated (no bar)
    label: str  # the data label: the qualified value
    distinct: str  # "" | "context" | "converted" | "beijing"
    figure_id: str | None


def drawn_point(p: ChartPoint, figures: dict[str, Figure], lang: str, scale: float) -> DrawnPoint:
    fig = figures.get(p.figure_id or "")
    if not p.stated:
        return DrawnPoint(p.category(lang), None, text(lang, "not_stated"), "", None)
    distinct = p.style if p.style in ("context", "converted") else (
        "beijing" if fig is not None and fig.topic == BEIJING_TOPIC else "")
    label = format_value(fig, lang, "words") if fig is not None and p.style != "converted" else p.label(lang)
    return DrawnPoint(p.category(lang), round(p.value * scale, 9), label, distinct, p.figure_id)


def drawn_series(spec: ChartSpec, figures: dict[str, Figure], lang: str) -> list[tuple[str, list[DrawnPoint]]]:
    scale = spec.axis_scale(lang) if spec.kind != "panels" else 1.0
    return [(s.name(lang), [drawn_point(p, figures, lang, scale) for p in s.points]) for s in spec.series]


def key_line(series: list[tuple[str, list[DrawnPoint]]], lang: str) -> str:
    kinds = list(dict.fromkeys(p.distinct for _n, pts in series for p in pts if p.distinct))
    if not kinds:
        return ""
    sep = "；" if lang == "zh" else "; "
    return text(lang, "distinct", what=sep.join(text(lang, k) for k in kinds))


def alt_text(spec: ChartSpec, figures: dict[str, Figure], lang: str) -> str:
    """The chart's title and every value it shows (for a picture's alt text)."""
    series = drawn_series(spec, figures, lang)
    sep = "；" if lang == "zh" else "; "
    colon = "：" if lang == "zh" else ": "
    parts = []
    for name, pts in series:
        prefix = f"{name}{colon}" if len(series) > 1 else ""
        parts.append(prefix + sep.join(f"{p.category}{colon}{p.label}" for p in pts))
    return text(lang, "alt_chart", title=spec.title(lang), values=sep.join(parts))
