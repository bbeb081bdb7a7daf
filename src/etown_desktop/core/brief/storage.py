"""Read and write briefs as JSON: a saved brief, or a plain JSON list of item ids (CLI)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path

from etown_desktop.core.brief.model import LANGS, Brief, BriefItem, Cover, parse_ref
from etown_desktop.core.errors import BriefInvalid
from etown_desktop.core.export.atomic import check_extension, write_bytes

log = logging.getLogger(__name__)

FORMAT = "etown-desktop-brief"
VERSION = 1


def to_json(brief: Brief) -> str:
    data = {"format": FORMAT, "version": VERSION, "edition": brief.edition, "lang": brief.lang,
            "cover": asdict(brief.cover),
            "items": [{"ref": i.ref, "fingerprint": i.fingerprint} for i in brief.items]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def from_json(text: str) -> Brief:
    """A saved brief, or a JSON list of item ids; raises BriefInvalid with a clear message."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BriefInvalid(f"Not a brief: the file is not valid JSON ({exc}).") from None
    if isinstance(data, list):
        refs = data
        return Brief(items=tuple(BriefItem(_ref(r)) for r in dict.fromkeys(map(_text, refs))))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BriefInvalid("Not a brief: expected a JSON list of item ids or a brief saved by the app.")
    if data.get("version") != VERSION:
        raise BriefInvalid(f"This brief has format version {data.get('version')!r}; "
                           f"this app reads version {VERSION}.")
    items = []
    for raw in data.get("items") or []:
        if not isinstance(raw, dict):
            raise BriefInvalid("Not a brief: an item is not an object with a 'ref'.")
        items.append(BriefItem(_ref(raw.get("ref")), str(raw.get("fingerprint") or "")))
    cover = data.get("cover") or {}
    if not isinstance(cover, dict):
        raise BriefInvalid("Not a brief: 'cover' must be an object.")
    lang = data.get("lang") if data.get("lang") in LANGS else "en"
    return Brief(items=tuple(items), lang=lang, edition=str(data.get("edition") or ""),
                 cover=Cover(**{k: str(cover.get(k) or "") for k in ("company", "date", "staffer", "contact")}))


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise BriefInvalid(f"Not a brief: item {value!r} is not a text id.")
    return value


def _ref(value: object) -> str:
    ref = _text(value).strip()
    parse_ref(ref)
    return ref


def load_brief(path: Path | str) -> Brief:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BriefInvalid(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise BriefInvalid(f"{path} is a folder, not a brief file.") from None
    except UnicodeDecodeError:
        raise BriefInvalid(f"{path.name} is not a brief: it is not a text (JSON) file. Give a JSON list "
                           "of item ids or a brief saved from the app.", "not_text", name=path.name) from None
    except OSError as exc:
        raise BriefInvalid(f"Cannot read {path}: {exc.strerror or exc}") from None
    return from_json(text)


def save_brief(brief: Brief, path: Path | str) -> Path:
    path = check_extension(path, [".json"])
    return write_bytes(path, to_json(brief).encode("utf-8"))
