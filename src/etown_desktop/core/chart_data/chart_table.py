"""One row per stated point of a chart: category, series, value as stated (with its qualifier),
the number, unit, qualifier, period and source; sorted by value, largest first. The result is a
:class:`~etown_desktop.core.tables.Table`, so the usual CSV/XLSX exports write it."""

from __future__ import annotations

from etown_desktop.core.charts import ChartSpec
from etown_desktop.core.errors import NotFound
from etown_desktop.core.formatting import (
    QUALIFIER_NAME,
    format_period,
    format_value,
    normalize_lang,
)
from etown_desktop.core.repository import Repository
from etown_desktop.core.tables import Table

COLUMNS = ("category", "series", "stated", "value", "unit", "qualifier", "period", "source",
           "paragraph", "figure_id")
HEADERS = {
    "en": ("Category", "Series", "As stated", "Value", "Unit", "Qualifier", "Period", "Source",
           "Paragraph", "Figure id"),
    "zh": ("类别", "系列", "原文表述", "数值", "单位", "限定词", "时期", "来源", "段落", "数据编号"),
}


def chart_table(repo: Repository, spec: ChartSpec, lang: str = "en") -> Table:
    import pandas as pd

    lang = normalize_lang(lang)
    rows: list[tuple[dict, tuple[str, ...]]] = []
    for series in spec.series:
        for p in series.points:
            if not p.stated or not p.figure_id:
                continue
            try:
                f = repo.figure(p.figure_id)
            except NotFound:
                continue
            unit = f.unit.zh if lang == "zh" else (f.unit.en_one if f.value == 1 else f.unit.en)
            value = f.value * f.unit.zh_factor if lang == "zh" and f.unit.style not in ("rank", "stage") else f.value
            rows.append(({
                "category": p.category(lang), "series": series.name(lang),
                "stated": format_value(f, lang, style="words"), "value": value, "unit": unit,
                "qualifier": QUALIFIER_NAME[lang][f.qualifier], "period": format_period(f, lang),
                "source": f"{f.source.ref} {f.source.title(lang)}",
                "paragraph": f.paragraph, "figure_id": f.id,
            }, (f.source.id,)))
    rows.sort(key=lambda r: -r[0]["value"])
    headers = dict(zip(COLUMNS, HEADERS[lang]))
    frame = pd.DataFrame([{headers[k]: r[k] for k in COLUMNS} for r, _ in rows],
                         columns=list(HEADERS[lang]))
    return Table(id=f"chart_{spec.id}", title=spec.title(lang), lang=lang, frame=frame,
                 row_sources=tuple(s for _, s in rows),
                 numeric_columns=(headers["value"], headers["paragraph"]))
