"""The bureau's own .pptx as the base of a deck: checked, emptied of its slides, its layouts
chosen by placeholder type (title-only, title-and-content), its theme fonts and colours kept."""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from etown_desktop.core.office.errors import TemplateInvalid
from etown_desktop.core.office.fonts import A_NS

log = logging.getLogger(__name__)

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: encrypted OOXML or legacy .ppt
TITLE_TYPES = ("TITLE", "CENTER_TITLE")
CONTENT_TYPES = ("BODY", "OBJECT")
IGNORED_TYPES = ("DATE", "FOOTER", "SLIDE_NUMBER", "SUBTITLE")


@dataclass(frozen=True)
class Layouts:
    title_only: object  # pptx SlideLayout
    title_content: object


def check_template(path: Path) -> None:
    """Raise TemplateInvalid unless ``path`` looks like an unprotected .pptx."""
    if not path.exists():
        raise TemplateInvalid("missing", f"The template {path} does not exist.", str(path))
    if path.is_dir():
        raise TemplateInvalid("folder", f"The template {path} is a folder, not a .pptx file.", str(path))
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise TemplateInvalid("unreadable", f"The template {path} cannot be read ({exc.strerror}).",
                              str(path)) from exc
    if head == CFB_MAGIC:
        raise TemplateInvalid(
            "protected", f"The template {path.name} is password-protected or an old .ppt file; "
            "save it from PowerPoint as an unprotected .pptx and try again.", str(path))
    if not zipfile.is_zipfile(path):
        raise TemplateInvalid("not_pptx", f"The template {path.name} is not a PowerPoint (.pptx) file.",
                              str(path))
    with zipfile.ZipFile(path) as zf:
        if "ppt/presentation.xml" not in zf.namelist():
            raise TemplateInvalid("not_pptx", f"The template {path.name} is not a PowerPoint (.pptx) "
                                  "file.", str(path))


def open_template(path: Path):
    """The template as a python-pptx Presentation without its slides."""
    from pptx import Presentation

    check_template(path)
    try:
        prs = Presentation(str(path))
    except Exception as exc:  # noqa: BLE001 - python-pptx raises many kinds for a damaged file
        log.info("template %s rejected: %s", path, exc)
        raise TemplateInvalid("damaged", f"The template {path.name} cannot be opened as a "
                              f"PowerPoint file ({type(exc).__name__}).", str(path)) from exc
    _drop_slides(prs)
    return prs


def _drop_slides(prs) -> None:
    ids = prs.slides._sldIdLst  # noqa: SLF001 - python-pptx has no public "delete slide"
    for sld in list(ids):
        prs.part.drop_rel(sld.rId)
        ids.remove(sld)


def _types(layout) -> set[str]:
    out = set()
    for ph in layout.placeholders:
        name = ph.placeholder_format.type
        out.add(getattr(name, "name", str(name)))
    return out


def _vertical(layout) -> bool:
    """A layout with vertical text (East Asian vertical title or body) is never chosen."""
    for ph in layout.placeholders:
        body_pr = ph._element.find(f".//{{{A_NS}}}bodyPr")  # noqa: SLF001
        if body_pr is not None and body_pr.get("vert", "horz") not in ("horz", ""):
            return True
    return False


def pick_layouts(prs) -> Layouts | None:
    """Title-only and title-and-content layouts by placeholder type (never by name); None when
    no layout has a title placeholder. Title-only: a title and nothing else that holds content;
    title-and-content: a title and exactly one body/content placeholder (not two-content or
    comparison layouts); vertical-text layouts are left out."""
    title_only = None
    best, best_score = None, (-1, -1.0)
    for layout in prs.slide_layouts:
        types = _types(layout)
        if not types & set(TITLE_TYPES) or _vertical(layout):
            continue
        content = [ph for ph in layout.placeholders
                   if getattr(ph.placeholder_format.type, "name", "") in CONTENT_TYPES]
        others = types - set(TITLE_TYPES) - set(CONTENT_TYPES) - set(IGNORED_TYPES)
        if not content and not others and title_only is None:
            title_only = layout
        if len(content) == 1 and not others:
            ph = content[0]
            # a content (object) placeholder beats a text-only body; then the larger area
            area = (ph.width or 0) * (ph.height or 0) / max(1, prs.slide_width * prs.slide_height)
            score = (1 if ph.placeholder_format.type.name == "OBJECT" else 0, area)
            if score > best_score:
                best, best_score = layout, score
    if title_only is None and best is None:
        return None
    return Layouts(title_only or best, best or title_only)


def theme_has_ea_font(prs) -> bool:
    """True when the template's theme names an East Asian font (then it is kept)."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        theme = prs.slide_master.part.part_related_by(RT.THEME)
        root = etree.fromstring(theme.blob)
    except (KeyError, etree.XMLSyntaxError):
        return False
    faces = [e.get("typeface") for e in root.iter(f"{{{A_NS}}}ea")]
    return any(f for f in faces)
