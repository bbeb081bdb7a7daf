"""The data-edition checks that ``db build`` and ``db check`` call (one line each)."""

from __future__ import annotations

from pathlib import Path

from etown_desktop.core.errors import SourceDataInvalid


def check_folder(src_dir: Path) -> None:
    """The validation engine over a data folder; SourceDataInvalid lists its errors."""
    from etown_desktop.core.editions.folder import read_folder
    from etown_desktop.core.editions.validation import validate

    report = validate(read_folder(src_dir))
    if not report.ok:
        shown = [p.render(with_severity=False) for p in report.errors[:20]]
        more = len(report.errors) - len(shown)
        raise SourceDataInvalid("\n".join(shown + ([f"… and {more} more"] if more > 0 else [])))


def article_problems(conn) -> list[str]:
    """For ``db check``: sources without their article text, hand checks without the prefix."""
    problems = []
    missing = [r[0] for r in conn.execute(
        "SELECT s.id FROM sources s WHERE NOT EXISTS "
        "(SELECT 1 FROM source_paragraphs p WHERE p.source_id = s.id)")]
    if missing:
        problems.append(f"sources without their article text: {', '.join(missing)}")
    bad = [r[0] for r in conn.execute(
        "SELECT figure_id FROM hand_checks WHERE lower(note) NOT LIKE 'checked by hand:%'")]
    if bad:
        problems.append(f"hand checks without a 'checked by hand:' note: {', '.join(bad)}")
    return problems
