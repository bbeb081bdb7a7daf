"""Source article texts: the ``source_paragraphs`` table the builder derives from ``sources/``."""

from __future__ import annotations

from pathlib import Path

from etown_desktop.core.editions.folder import ARTICLES_FOLDER
from etown_desktop.core.errors import SourceDataInvalid
from etown_desktop.core.provenance import split_paragraphs


def paragraph_rows(src_dir: Path, sources: list[dict]) -> list[dict]:
    """One row per paragraph of every source's article (``sources/<seed_file>``)."""
    rows: list[dict] = []
    for source in sources:
        path = Path(src_dir) / ARTICLES_FOLDER / source["seed_file"]
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise SourceDataInvalid(
                f"{ARTICLES_FOLDER}/{source['seed_file']}: cannot read the article text ({exc})") from exc
        rows += [{"source_id": source["id"], "paragraph": n, "text": para}
                 for n, para in enumerate(split_paragraphs(text), start=1)]
    return rows
