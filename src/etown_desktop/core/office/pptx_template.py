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


def pick_layouts(prs) -> Layouts | None:
    """Title-only and title-and-content layouts by placeholder type (never by name); None when
    no layout has a title placeholder."""
    title_only = title_content = None
    for layout in prs.slide_layouts:
        types = _types(layout)
        if not types & set(TITLE_TYPES):
            continue
        content = types & set(CONTENT_TYPES)
        others = types - set(TITLE_TYPES) - set(CONTENT_TYPES) - set(IGNORED_TYPES)
        if not content and not others and title_only is None:
            title_only = layout
        if content and title_content is None:
            title_content = layout
    if title_only is None and title_content is None:
        return None
    return Layouts(title_only or title_content, title_content or title_only)


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
