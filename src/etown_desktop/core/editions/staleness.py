"""How old the newest source is, said honestly: "Newest source is N months old" once it is older
than a limit (default 18 months). The limit is a setting in the user's config folder
(``data-settings.json``, ``etown-desktop data staleness MONTHS``). Shown in the status bar, the
presenter view and ``data status``; never on the audience's slides or the kiosk."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_LIMIT_MONTHS = 18
SETTINGS_FILE = "data-settings.json"
TEXT = {"en": "Newest source is {n} months old", "zh": "最新来源已是 {n} 个月前"}


def settings_path() -> Path:
    from etown_desktop.core.user_folders import user_config_dir

    return user_config_dir() / SETTINGS_FILE


def _settings() -> dict:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def limit_months() -> int:
    value = _settings().get("stale_after_months", DEFAULT_LIMIT_MONTHS)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 \
        else DEFAULT_LIMIT_MONTHS


def set_limit_months(months: int) -> Path:
    from etown_desktop.core.export.atomic import write_bytes

    if months < 1:
        raise ValueError("the limit is at least one month")
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(path, json.dumps({**_settings(), "stale_after_months": months}).encode("utf-8"))
    return path


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from ``earlier`` to ``later`` (29 Sep 2019 → 28 Oct 2019 is 0)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def stale_months(newest_source: str | None, today: dt.date | None = None,
                 limit: int | None = None) -> int | None:
    """How many months old the newest source is, when that is over the limit; else None.
    Undated sources say nothing about age (None)."""
    if not newest_source:
        return None
    try:
        newest = dt.date.fromisoformat(newest_source[:10])
    except ValueError:
        return None
    today = today or dt.date.today()
    limit = limit_months() if limit is None else limit
    months = months_between(newest, today)
    return months if months > limit else None


def staleness_text(months: int | None, lang: str = "en") -> str:
    """'Newest source is N months old', or '' when the data is within the limit."""
    if months is None:
        return ""
    return TEXT["zh" if lang == "zh" else "en"].format(n=months)


def newest_source_date(db_path: Path) -> str | None:
    """The newest source date (published, else updated) in an edition database."""
    from etown_desktop.core.db.connect import open_readonly

    conn = open_readonly(db_path)
    try:
        row = conn.execute("SELECT max(COALESCE(NULLIF(published, ''), NULLIF(updated, ''))) "
                           "FROM sources").fetchone()
        return row[0] if row and row[0] else None
    finally:
        conn.close()
