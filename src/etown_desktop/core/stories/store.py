"""Read the stories of a fact database (read-only, like the Repository)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from etown_desktop.core.db.connect import open_readonly
from etown_desktop.core.errors import NotFound
from etown_desktop.core.stories.records import Slide, Story

log = logging.getLogger(__name__)

DEFAULT_STORY = "zone"


def load_stories(db_path: Path) -> list[Story]:
    """Every story with its slides, zone story first. A database built before stories existed
    (an older edition) has none: the list is empty."""
    conn = open_readonly(db_path)
    try:
        try:
            story_rows = conn.execute("SELECT * FROM stories ORDER BY rowid").fetchall()
            slide_rows = conn.execute(
                "SELECT * FROM story_slides ORDER BY story_id, position").fetchall()
        except sqlite3.OperationalError as exc:
            log.warning("No stories in %s (%s)", db_path, exc)
            return []
    finally:
        conn.close()
    slides: dict[str, list[Slide]] = {}
    for r in slide_rows:
        slides.setdefault(r["story_id"], []).append(Slide(**dict(r)))
    stories = [Story(**dict(r), slides=tuple(slides.get(r["id"], ()))) for r in story_rows]
    stories.sort(key=lambda s: (s.kind != "zone",))
    return stories


def find_story(stories: list[Story], story_id: str | None) -> Story:
    """The story called ``story_id`` (the default zone story when None)."""
    if not stories:
        raise NotFound("This database edition holds no stories. Rebuild it with "
                       "'etown-desktop db build' or use the bundled database.")
    wanted = story_id or DEFAULT_STORY
    for s in stories:
        if s.id == wanted:
            return s
    if story_id is None:
        return stories[0]
    raise NotFound(f"No story {story_id!r}. Known stories: {', '.join(s.id for s in stories)}")
