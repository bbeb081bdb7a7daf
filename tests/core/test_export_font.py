"""The bundled font covers every character the exports can draw (its size, licence and the
character sets it covers: test_glyph_coverage.py)."""

from __future__ import annotations

import sqlite3

import pytest
from required_tools import require_module

from etown_desktop.core import formatting
from etown_desktop.core.resources import database_path, resource_path


@pytest.fixture(scope="module")
def cmap():
    ttlib = require_module("fontTools.ttLib")
    font = ttlib.TTFont(str(resource_path("fonts", "NotoSansSC-Subset.otf")))
    return font.getBestCmap()


def _db_strings() -> list[str]:
    conn = sqlite3.connect(f"file:{database_path()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%'")]
        out = []
        for t in tables:
            for row in conn.execute(f'SELECT * FROM "{t}"'):
                out.extend(v for v in row if isinstance(v, str))
        return out
    finally:
        conn.close()


def _missing(text: str, cmap) -> set[str]:
    return {ch for ch in text if not ch.isspace() and ord(ch) >= 0x20 and ord(ch) not in cmap}


def test_every_database_string_is_covered(cmap):
    strings = _db_strings()
    assert any("亦庄" in s for s in strings)  # the DB does hold Chinese text
    missing = set().union(*(_missing(s, cmap) for s in strings))
    assert not missing, f"re-run tools/make_font_subset.py; missing: {''.join(sorted(missing))}"


def test_formatting_strings_are_covered(cmap):
    texts = [v for d in formatting.TEXT.values() for v in d.values()]
    texts += [v for d in formatting.QUALIFIER_WORD.values() for v in d.values()]
    texts += [v for d in formatting.QUALIFIER_NAME.values() for v in d.values()]
    texts += list(formatting.QUALIFIER_SYMBOL.values())
    missing = set().union(*(_missing(s, cmap) for s in texts))
    assert not missing, "".join(sorted(missing))


def test_export_document_strings_are_covered(cmap):
    from etown_desktop.core.export import tabular, texts
    from etown_desktop.core.repository import Repository
    from etown_desktop.core.sectors import sectors
    from etown_desktop.core.tables import HEADERS, TABLES

    strings = [v for d in texts.TEXT.values() for v in d.values()] + list(texts.APP_NAME.values())
    strings += [zh for _, zh in HEADERS.values()] + [t.title_zh for t in TABLES.values()]
    repo = Repository()
    strings += [s.name_zh for s in sectors(repo).values()]
    repo.close()
    strings += [v for d in tabular._SHEET_TEXT.values() for v in d.values()]
    missing = set().union(*(_missing(s, cmap) for s in strings))
    assert not missing, f"re-run tools/make_font_subset.py; missing: {''.join(sorted(missing))}"


def test_chart_strings_are_covered(cmap):
    from etown_desktop.core.charts import all_charts
    from etown_desktop.core.repository import Repository

    repo = Repository()
    try:
        strings = []
        for spec in all_charts(repo):
            strings += [spec.title_zh, spec.axis_zh, spec.source_zh, spec.note_zh]
            for s in spec.series:
                strings.append(s.name_zh)
                strings += [t for p in s.points for t in (p.category_zh, p.label_zh)]
    finally:
        repo.close()
    missing = set().union(*(_missing(s, cmap) for s in strings))
    assert not missing, f"re-run tools/make_font_subset.py; missing: {''.join(sorted(missing))}"
