"""A lead's sectors of interest are the sector profiles' ids (ngit, auto, biomedicine …).

Their names are the data's (the lead cluster's, as everywhere else in the app:
:func:`core.profiles.definitions.profile_names`), read once per fact database."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from etown_desktop.core.errors import EtownError
from etown_desktop.core.profiles.definitions import PROFILES, ZONE_PROFILE, profile_names

log = logging.getLogger(__name__)


def sector_ids() -> tuple[str, ...]:
    return tuple(p for p in PROFILES if p != ZONE_PROFILE)


@lru_cache(maxsize=4)
def _names(db: Path) -> dict[str, tuple[str, str]]:
    from etown_desktop.core.repository import Repository

    try:
        repo = Repository(db)
        try:
            return profile_names(repo.clusters())
        finally:
            repo.close()
    except (EtownError, OSError) as exc:  # a lead list still shows its sectors, by id
        log.warning("sector names not read from %s: %s", db, exc)
        return {}


def sector_names() -> dict[str, dict[str, str]]:
    """Every sector's names as the active fact database gives them: sector id → {lang: name}.

    The active edition is resolved once here; a caller labelling many leads (an export, the
    Leads list) passes the result to :func:`sector_label` instead of resolving it per label."""
    from etown_desktop.core.repository import active_database_path

    try:
        pairs = _names(active_database_path())
    except (EtownError, OSError):
        pairs = {}
    return {sid: {"en": en, "zh": zh} for sid, (en, zh) in pairs.items()}


def sector_label(sector_id: str, lang: str = "en", names: dict[str, dict[str, str]] | None = None) -> str:
    """The sector's name in ``lang`` as the active fact database names it (its id if unknown).

    ``names`` is :func:`sector_names`' result, when the caller has it already."""
    if names is None:
        names = sector_names()
    by_lang = names.get(sector_id)
    if not by_lang:
        return sector_id
    return by_lang.get("zh" if lang == "zh" else "en") or sector_id
