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


@pytest.fixture
def altered_db(tmp_path, committed_db):
    """``altered_db(*statements)``: a copy of the committed database changed by these SQL
    statements (a damaged or older database, for the checks that must notice)."""
    import shutil
    import sqlite3

    made: list[Path] = []

    def make(*statements: str) -> Path:
        copy = tmp_path / f"altered-{len(made)}.db"
        shutil.copy(committed_db, copy)
        conn = sqlite3.connect(copy)
        with conn:
            for statement in statements:
                conn.execute(statement)
        conn.close()
        made.append(copy)
        return copy

    return make


@pytest.fixture(scope="session")
def repo(committed_db):
    from etown_desktop.core.repository import Repository

    r = Repository(committed_db)
    yield r
    r.close()


@pytest.fixture
def store(tmp_path, monkeypatch):
    """An empty edition store in this test's own data folder (the app's lookup points there)."""
    from etown_desktop.core.editions.store import EditionStore

    home = tmp_path / "userdata"
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(home))
    return EditionStore()


@pytest.fixture(scope="session")
def template_xlsx(tmp_path_factory, committed_db) -> Path:
    """The Excel template of the bundled edition (written once)."""
    from etown_desktop.core.editions.dbread import read_database
    from etown_desktop.core.editions.workbook_template import write_template

    out = tmp_path_factory.mktemp("template") / "update.xlsx"
    return write_template(read_database(committed_db), out)


def file_checksums(folder: Path) -> dict[str, str]:
    import hashlib

    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def second_edition_db(tmp_path_factory, committed_db, template_xlsx) -> Path:
    """The database of a second, valid edition (the bundled facts edited as a user would: TEST
    DATA, tests/editions_testdata.py), built once per session in a store of its own."""
    from editions_testdata import edit_template

    from etown_desktop.core.editions.importer import apply_import, prepare_import
    from etown_desktop.core.editions.store import EditionStore
    from etown_desktop.core.trust.trust_store import TrustStore

    folder = tmp_path_factory.mktemp("second-edition")
    edit_template(template_xlsx, folder / "second.xlsx")
    store = EditionStore(folder / "store")
    plan = prepare_import(folder / "second.xlsx", store, committed_db,
                          trust=TrustStore(folder / "trust.json"), kiosk=False)
    info = apply_import(plan, store)
    return store.db_path(info.edition)
