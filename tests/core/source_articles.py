"""Where the five source articles are for the provenance tests (they are not in the repository)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCES_ENV = "ETOWN_SOURCES_DIR"


def sources_dir() -> Path:
    """The five source articles: $ETOWN_SOURCES_DIR, else ../shared/sources beside the repository."""
    return Path(os.environ.get(SOURCES_ENV) or REPO_ROOT.parent / "shared" / "sources")


def sources_skip_reason(folder: Path) -> str:
    return (f"source articles not found at {folder}: the provenance checks need the five reviewed "
            f"articles (see README, 'The source articles'). Put them in ../shared/sources/ beside the "
            f"repository, or set {SOURCES_ENV}=/path/to/sources")


