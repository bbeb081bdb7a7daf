"""Turn brief items into content for the panel and the PDF: title, lines in both languages, the
figures they quote (for numbered citations), an optional chart, and the item's status after an
edition change ("ok", "changed": a figure differs from when it was added, "removed": gone).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from etown_desktop.core.brief.model import Brief, BriefItem, parse_ref
from etown_desktop.core.errors import EtownError, NotFound
from etown_desktop.core.profiles import build_profile
from etown_desktop.core.profiles.headline import headline, more_count, section_items
from etown_desktop.core.profiles.sentences import figure_sentence, target_sentence
from etown_desktop.core.profiles.texts import SECTION_KEYS
from etown_desktop.core.profiles.texts import text as ptext
from etown_desktop.core.records import Figure, Source
from etown_desktop.core.repository import Repository

log = logging.getLogger(__name__)

STATUS = ("ok", "changed", "removed")


@dataclass(frozen=True)
class Line:
    style: str  # "heading" | "text" | "figure"
    en: str
    zh: str
    figure: Figure | None = None

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class ResolvedItem:
    ref: str
    kind: str
    title_en: str
    title_zh: str
    lines: tuple[Line, ...]
    chart_id: str | None
    status: str
    sources: tuple[Source, ...]

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    @property
    def figures(self) -> list[Figure]:
        return [ln.figure for ln in self.lines if ln.figure is not None]


def _fig_line(f: Figure, target: bool = False) -> Line:
    make = target_sentence if target else figure_sentence
    return Line("figure", make(f, "en"), make(f, "zh"), f)


def fingerprint(figures: list[Figure]) -> str:
    text = "|".join(f"{f.id}={f.value!r}{f.unit.id}{f.qualifier}{f.period_en}{f.source.id}"
                    for f in sorted(figures, key=lambda f: f.id))
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _section_sources(p, section: str) -> set[str]:
    """The sources of the items the brief lists (a section's headline items: bounded)."""
    if not section or section == "sources":
        return {s.id for s in headline(p, "sources")}
    if section in ("figures", "targets"):
        return set()  # cited through their figures
    return {r.source_id for r in headline(p, section)}


def _profile_lines(repo: Repository, target: str) -> tuple[str, str, list[Line], set[str]]:
    pid, _, section = target.partition("#")
    p = build_profile(repo, pid)
    if section and section not in SECTION_KEYS:
        raise NotFound(f"No profile section {section!r}.")
    keys = [section] if section else list(SECTION_KEYS)
    lines: list[Line] = []
    if p.thin and (not section or section == "figures"):
        lines.append(Line("text", ptext("en", "thin"), ptext("zh", "thin")))
    for key in keys:
        if not section:
            lines.append(Line("heading", ptext("en", key), ptext("zh", key)))
        lines += _section_lines(p, key)
    title_en, title_zh = p.name_en, p.name_zh
    if section:
        title_en += f" — {ptext('en', section)}"
        title_zh += f"——{ptext('zh', section)}"
    return title_en, title_zh, lines, _section_sources(p, section)


def _section_lines(p, key: str) -> list[Line]:
    """A section's headline items (core/profiles/headline.py), then "… and N more (T in all)":
    a brief stays a few pages however large the database."""
    items = headline(p, key)
    if key == "figures":
        out = [_fig_line(pf.figure) for pf in items]
    elif key == "targets":
        out = [_fig_line(pf.figure, target=True) for pf in items]
    elif key == "cluster":
        out = [Line("text", f"{c.name_en}: {c.description_en}", f"{c.name_zh}：{c.description_zh}")
               for c in items]
    elif key == "zones":
        out = [Line("text", f"{z.district.name_en}: {z.industry.name_en}",
                    f"{z.district.name_zh}：{z.industry.name_zh}") for z in items]
    elif key == "companies":
        out = [Line("text", f"{c.name_en} — {c.description_en}", f"{c.name_zh}——{c.description_zh}")
               for c in items]
    elif key == "reforms":
        out = [Line("text", f"{r.name_en}: {r.what_changed_en}", f"{r.name_zh}：{r.what_changed_zh}")
               for r in items]
    else:
        out = [Line("text", f"{s.ref} {s.title_en}", f"{s.ref} {s.title_zh}") for s in items]
    left = more_count(p, key)
    if left:
        total = f"{len(section_items(p, key)):,}"
        out.append(Line("text", ptext("en", "more").format(n=f"{left:,}", total=total),
                        ptext("zh", "more").format(n=f"{left:,}", total=total)))
    return out or [Line("text", ptext("en", "none"), ptext("zh", "none"))]


def _content(repo: Repository, kind: str, target: str):
    """(title_en, title_zh, lines, chart_id, extra source ids)"""
    if kind == "figure":
        f = repo.figure(target)
        return f.label_en, f.label_zh, [_fig_line(f)], None, set()
    if kind == "figures":
        figs = [repo.figure(t) for t in target.split(",") if t]
        return ("Selected figures", "所选数据", [_fig_line(f) for f in figs], None, set())
    if kind == "chart":
        from etown_desktop.core.charts import build_chart

        try:
            spec = build_chart(repo, target)
        except (KeyError, ValueError):
            raise NotFound(f"No chart {target!r}.") from None
        figs = [repo.figure(fid) for fid in dict.fromkeys(spec.figure_ids)]
        lines = [_fig_line(f) for f in figs]
        if spec.note_en:
            lines.append(Line("text", spec.note_en, spec.note_zh))
        return spec.title_en, spec.title_zh, lines, spec.id, set()
    if kind == "company":
        c = repo.company(target)
        lines = [Line("text", c.description_en, c.description_zh)]
        lines += [_fig_line(f) for f in repo.company_figures(c.id)]
        return c.name_en, c.name_zh, lines, None, {c.source_id}
    if kind == "cluster":
        c = next((c for c in repo.clusters() if c.id == target), None)
        if c is None:
            raise NotFound(f"No cluster {target!r}.")
        lines = [Line("text", c.description_en, c.description_zh)]
        if c.target is not None:
            lines.append(_fig_line(c.target))
        return c.name_en, c.name_zh, lines, None, {c.source_id}
    if kind == "reform":
        r = next((r for r in repo.reforms() if r.id == target), None)
        if r is None:
            raise NotFound(f"No reform {target!r}.")
        lines = [Line("text", r.what_changed_en, r.what_changed_zh)]
        for m in repo.reform_measures(r.id):
            lines += [_fig_line(m.before)] + ([_fig_line(m.after)] if m.after else [])
        return r.name_en, r.name_zh, lines, None, {r.source_id}
    if kind == "target":
        t = next((t for t in repo.targets() if t.id == target), None)
        if t is None:
            raise NotFound(f"No target {target!r}.")
        lines = [_fig_line(t.target, target=True)] + ([_fig_line(t.actual)] if t.actual else [])
        if t.note_en:
            lines.append(Line("text", t.note_en, t.note_zh or ""))
        return t.target.label_en, t.target.label_zh, lines, None, set()
    title_en, title_zh, lines, ids = _profile_lines(repo, target)
    return title_en, title_zh, lines, None, ids


def resolve_item(repo: Repository, item: BriefItem) -> ResolvedItem:
    kind, target = parse_ref(item.ref)
    try:
        title_en, title_zh, lines, chart_id, extra = _content(repo, kind, target)
    except EtownError as exc:
        log.info("brief item %s is no longer in the database: %s", item.ref, exc)
        return ResolvedItem(item.ref, kind, item.ref, item.ref, (), None, "removed", ())
    figs = [ln.figure for ln in lines if ln.figure is not None]
    status = "changed" if item.fingerprint and item.fingerprint != fingerprint(figs) else "ok"
    ids = {f.source.id for f in figs} | extra
    sources = tuple(repo.sources_by_ids(ids))
    return ResolvedItem(item.ref, kind, title_en, title_zh, tuple(lines), chart_id, status, sources)


def new_item(repo: Repository, ref: str) -> BriefItem:
    """An item for ``ref`` with the fingerprint of its figures now (raises if it does not exist)."""
    kind, target = parse_ref(ref)
    _title_en, _title_zh, lines, _chart, _extra = _content(repo, kind, target)
    return BriefItem(ref, fingerprint([ln.figure for ln in lines if ln.figure is not None]))


def resolve_brief(repo: Repository, brief: Brief) -> list[ResolvedItem]:
    return [resolve_item(repo, i) for i in brief.items]


def citation_sources(items: list[ResolvedItem]) -> list[Source]:
    """Sources in order of first citation: their position + 1 is the citation number."""
    seen: dict[str, Source] = {}
    for it in items:
        for ln in it.lines:
            if ln.figure is not None:
                seen.setdefault(ln.figure.source.id, ln.figure.source)
        for s in it.sources:
            seen.setdefault(s.id, s)
    return list(seen.values())
