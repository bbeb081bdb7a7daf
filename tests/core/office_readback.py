"""Read generated .pptx files back (python-pptx + the XML): every text a viewer sees, per slide."""

from __future__ import annotations

import re

from lxml import etree
from pptx import Presentation

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
DIGIT = re.compile(r"[0-9０-９]")


def shape_texts(slide) -> dict[str, str]:
    """Name -> text of every text-bearing shape, table cell and chart label on a slide."""
    out: dict[str, str] = {}
    for i, shape in enumerate(slide.shapes):
        key = f"{i}:{shape.name}"
        if shape.has_text_frame and shape.text_frame.text.strip():
            out[key] = shape.text_frame.text
        if getattr(shape, "has_table", False) and shape.has_table:
            for r, row in enumerate(shape.table.rows):
                for c, cell in enumerate(row.cells):
                    if cell.text.strip():
                        out[f"{key}:cell{r},{c}"] = cell.text
        if getattr(shape, "has_chart", False) and shape.has_chart:
            for j, t in enumerate(chart_texts(shape.chart)):
                out[f"{key}:chart{j}"] = t
    return out


def chart_texts(chart) -> list[str]:
    """Titles, axis titles and data labels drawn from the chart part (the categories and the
    cached values are chart data, checked separately)."""
    root = chart._chartSpace  # noqa: SLF001
    texts = []
    for rich in root.iter("{http://schemas.openxmlformats.org/drawingml/2006/chart}rich"):
        texts.append("".join(t.text or "" for t in rich.iter(f"{A}t")))
    return texts


def data_labels(chart) -> list[list[str]]:
    out = []
    for ser in chart.plots[0].series:
        labels = []
        for i in range(len(list(ser.values))):
            dl = ser.points[i].data_label
            labels.append(dl.text_frame.text if dl.has_text_frame else "")
        out.append(labels)
    return out


def charts(slide) -> list:
    return [s.chart for s in slide.shapes if getattr(s, "has_chart", False) and s.has_chart]


def named(slide, name: str) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.name == name and s.has_text_frame)


def open_deck(path):
    return Presentation(str(path))


def runs_without_ea(prs) -> list[str]:
    """Texts of runs that have no East Asian font (a:ea) set."""
    missing = []
    for slide in prs.slides:
        root = slide.part._element  # noqa: SLF001
        for r in root.iter(f"{A}r"):
            rpr = r.find(f"{A}rPr")
            text = "".join(t.text or "" for t in r.iter(f"{A}t"))
            if text.strip() and (rpr is None or rpr.find(f"{A}ea") is None):
                missing.append(text)
    return missing


def strip_allowed(text: str, allowed: list[str]) -> str:
    for a in sorted(set(a for a in allowed if a), key=len, reverse=True):
        text = text.replace(a, " ")
    return text


def xml_of(part) -> str:
    return etree.tostring(part._element, encoding="unicode")  # noqa: SLF001
