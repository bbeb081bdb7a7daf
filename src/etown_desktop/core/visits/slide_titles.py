"""The title of every slide a visit log counts, so reports name slides as the audience saw them
("The zone at a glance"), not by their place in the story ("zone #2")."""

from __future__ import annotations

import logging

from etown_desktop.core.errors import EtownError
from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)


def slide_titles(repo: Repository, lang: str = "en") -> dict[tuple[str, int], str]:
    """(story id, slide number from 1) -> the slide's title in ``lang``, as the slide shows it
    (its own title, or the title of the chart, cluster, reform … it shows)."""
    from etown_desktop.core.stories.content import resolve
    from etown_desktop.core.stories.store import load_stories

    titles: dict[tuple[str, int], str] = {}
    for story in load_stories(repo.path):
        for number, slide in enumerate(story.slides, start=1):
            try:
                title = resolve(repo, slide, lang).title
            except (EtownError, LookupError) as exc:  # a slide the edition cannot show any more
                log.warning("No title for slide %s #%d: %s", story.id, number, exc)
                continue
            if title:
                titles[(story.id, number)] = title
    return titles


def slide_label(story: str, number: int, titles: dict[tuple[str, int], str] | None,
                with_place: bool = False) -> str:
    """The slide's title (with "(story, slide N)" when ``with_place``); its place alone when the
    title is not known."""
    title = (titles or {}).get((story, number))
    if not title:
        return f"{story} #{number}"
    return f"{title} ({story}, slide {number})" if with_place else title
