"""The database layout: table definitions shared by the build and the checks."""

from __future__ import annotations

SCHEMA_VERSION = 2  # 2: hand_checks and source_paragraphs (data editions)

TOPICS = (
    "overview",
    "clusters",
    "foreign_investment",
    "fortune500",
    "reforms",
    "targets",
    "beijing_context",
)
QUALIFIERS = ("exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most")

# table -> (csv file, column types, primary key, foreign keys [(column, table, column)])
TABLES: dict[str, tuple[str, dict[str, type], str | tuple[str, ...], list[tuple[str, str, str]]]] = {
    "sources": (
        "sources.csv",
        {
            "id": str, "ref": str, "seed_file": str, "title_en": str, "title_zh": str,
            "publisher": str, "published": str, "updated": str, "language": str,
            "page_section": str, "page_section_zh": str, "note_en": str, "note_zh": str,
        },
        "id",
        [],
    ),
    "units": (
        "units.csv",
        {"id": str, "en_one": str, "en": str, "zh": str, "zh_factor": float, "style": str},
        "id",
        [],
    ),
    "companies": (
        "companies.csv",
        {
            "id": str, "name_en": str, "name_zh": str, "kind": str, "country_en": str,
            "country_zh": str, "cluster_id": str, "fortune500": int, "fortune500_basis": str,
            "description_en": str, "description_zh": str, "source_id": str, "paragraph": int,
        },
        "id",
        [("cluster_id", "clusters", "id"), ("source_id", "sources", "id")],
    ),
    "figures": (
        "figures.csv",
        {
            "id": str, "metric": str, "topic": str, "label_en": str, "label_zh": str,
            "value": float, "unit": str, "qualifier": str, "period_en": str, "period_zh": str,
            "year": int, "usd_value": float, "usd_rate": float, "source_id": str,
            "paragraph": int, "company_id": str, "note_en": str, "note_zh": str,
        },
        "id",
        [("unit", "units", "id"), ("source_id", "sources", "id"), ("company_id", "companies", "id")],
    ),
    "cluster_groups": (
        "cluster_groups.csv",
        {"id": str, "name_en": str, "name_zh": str, "note_en": str, "note_zh": str,
         "source_id": str, "paragraph": int},
        "id",
        [("source_id", "sources", "id")],
    ),
    "clusters": (
        "clusters.csv",
        {
            "id": str, "cluster_group": str, "name_en": str, "name_zh": str,
            "description_en": str, "description_zh": str, "target_figure_id": str,
            "source_id": str, "paragraph": int,
        },
        "id",
        [("cluster_group", "cluster_groups", "id"), ("target_figure_id", "figures", "id"),
         ("source_id", "sources", "id")],
    ),
    "districts": ("districts.csv", {"id": str, "name_en": str, "name_zh": str}, "id", []),
    "zone_industries": ("zone_industries.csv", {"id": str, "name_en": str, "name_zh": str}, "id", []),
    "cluster_zones": (
        "cluster_zones.csv",
        {"district_id": str, "industry_id": str, "source_id": str, "paragraph": int,
         "note_en": str, "note_zh": str},
        ("district_id", "industry_id"),
        [("district_id", "districts", "id"), ("industry_id", "zone_industries", "id"),
         ("source_id", "sources", "id")],
    ),
    "reforms": (
        "reforms.csv",
        {"id": str, "name_en": str, "name_zh": str, "what_changed_en": str,
         "what_changed_zh": str, "first_in_beijing": int, "source_id": str, "paragraph": int},
        "id",
        [("source_id", "sources", "id")],
    ),
    "reform_mentions": (
        "reform_mentions.csv",
        {"reform_id": str, "source_id": str, "paragraph": int},
        ("reform_id", "source_id"),
        [("reform_id", "reforms", "id"), ("source_id", "sources", "id")],
    ),
    "reform_measures": (
        "reform_measures.csv",
        {"reform_id": str, "measure": str, "label_en": str, "label_zh": str,
         "before_figure_id": str, "after_figure_id": str, "note_en": str, "note_zh": str},
        ("reform_id", "measure"),
        [("reform_id", "reforms", "id"), ("before_figure_id", "figures", "id"),
         ("after_figure_id", "figures", "id")],
    ),
    "plans": (
        "plans.csv",
        {"id": str, "name_en": str, "name_zh": str, "target_year": int, "source_id": str,
         "paragraph": int, "description_en": str, "description_zh": str},
        "id",
        [("source_id", "sources", "id")],
    ),
    "targets": (
        "targets.csv",
        {"id": str, "plan_id": str, "target_figure_id": str, "actual_figure_id": str,
         "actual_relation": str, "note_en": str, "note_zh": str},
        "id",
        [("plan_id", "plans", "id"), ("target_figure_id", "figures", "id"),
         ("actual_figure_id", "figures", "id")],
    ),
    # Search aliases (Yizhuang, BDA, 奔驰 …) for any entity; checked by core.search.aliases.
    "aliases": (
        "aliases.csv",
        {"kind": str, "ref_id": str, "alias": str},
        ("kind", "ref_id", "alias"),
        [],
    ),
    # Data editions: a figure whose number is not found in its cited paragraph needs a note
    # "checked by hand: …" (kept and shown in its provenance panel).
    "hand_checks": (
        "hand_checks.csv",
        {"figure_id": str, "note": str},
        "figure_id",
        [("figure_id", "figures", "id")],
    ),
    # Every source's article text by paragraph, read from data/sources/<seed_file> (not a CSV).
    "source_paragraphs": (
        "sources/",
        {"source_id": str, "paragraph": int, "text": str},
        ("source_id", "paragraph"),
        [("source_id", "sources", "id")],
    ),
    # Stories (slide decks for presenting and the booth kiosk); checked by core.stories.validate.
    "stories": (
        "stories.csv",
        {"id": str, "kind": str, "sector_id": str, "title_en": str, "title_zh": str,
         "description_en": str, "description_zh": str},
        "id",
        [],
    ),
    "story_slides": (
        "story_slides.csv",
        {"story_id": str, "position": int, "kind": str, "ref": str, "title_en": str,
         "title_zh": str, "note_en": str, "note_zh": str},
        ("story_id", "position"),
        [("story_id", "stories", "id")],
    ),
}

# Tables built from the article text files under data/sources/ rather than read from a CSV file.
ARTICLE_TABLES = {"source_paragraphs"}

# Columns that may be empty in the CSV (stored as NULL). Every other column is required.
NULLABLE = {
    "sources": {"publisher", "published", "updated", "page_section", "page_section_zh", "note_en",
                "note_zh"},
    "companies": {"cluster_id", "fortune500", "fortune500_basis"},
    "figures": {"period_en", "period_zh", "year", "usd_value", "usd_rate", "company_id",
                "note_en", "note_zh"},
    "cluster_groups": {"note_en", "note_zh"},
    "clusters": {"target_figure_id"},
    "cluster_zones": {"note_en", "note_zh"},
    "reform_measures": {"after_figure_id", "note_en", "note_zh"},
    "targets": {"actual_figure_id", "actual_relation", "note_en", "note_zh"},
    "stories": {"sector_id"},
    "story_slides": {"ref", "title_en", "title_zh", "note_en", "note_zh"},
}

# Columns computed by the build, not read from CSV.
DERIVED = {"figures": {"usd_rate"}}

PROVENANCE_VIEW = "figure_provenance"
PROVENANCE_VIEW_SQL = """
SELECT
    f.id AS figure_id, f.metric, f.topic, f.label_en, f.label_zh,
    f.value, f.unit, u.en AS unit_en, u.zh AS unit_zh, f.qualifier,
    f.period_en, f.period_zh, f.year, f.usd_value, f.usd_rate,
    f.paragraph, f.company_id, f.note_en, f.note_zh,
    s.id AS source_id, s.ref AS source_ref, s.seed_file, s.title_en AS source_title_en,
    s.title_zh AS source_title_zh, s.publisher, s.published, s.updated
FROM figures f
JOIN sources s ON s.id = f.source_id
JOIN units u ON u.id = f.unit
ORDER BY f.id
"""

SEARCH_TABLE = "search_index"
