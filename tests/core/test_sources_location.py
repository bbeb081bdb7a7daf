"""The provenance checks find the source articles, or say where they belong and how to point to them."""

from __future__ import annotations

from pathlib import Path

from source_articles import REPO_ROOT, SOURCES_ENV, sources_dir, sources_skip_reason


def test_sources_folder_defaults_beside_the_repository_and_can_be_set(monkeypatch, tmp_path):
    monkeypatch.delenv(SOURCES_ENV, raising=False)
    assert sources_dir() == REPO_ROOT.parent / "shared" / "sources"
    monkeypatch.setenv(SOURCES_ENV, str(tmp_path))
    assert sources_dir() == tmp_path


def test_skip_message_says_how_to_get_the_articles():
    reason = sources_skip_reason(Path("/nowhere/sources"))
    assert "/nowhere/sources" in reason
    assert "../shared/sources" in reason and SOURCES_ENV in reason and "README" in reason


def test_readme_says_where_the_source_articles_live():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert "## The source articles" in readme
    section = readme.split("## The source articles", 1)[1].split("\n## ", 1)[0]
    assert "../shared/sources" in section and SOURCES_ENV in section
