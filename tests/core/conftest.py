from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "data"
from source_articles import sources_dir  # noqa: E402

SOURCES_DIR = sources_dir()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture(scope="session")
def committed_db() -> Path:
    return DATA_DIR / "etown.db"


@pytest.fixture(scope="session")
def repo(committed_db):
    from etown_desktop.core.repository import Repository

    r = Repository(committed_db)
    yield r
    r.close()
