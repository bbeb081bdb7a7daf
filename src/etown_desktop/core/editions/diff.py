"""The change preview: what an import adds, changes and removes, compared with the active edition."""

from __future__ import annotations

from dataclasses import dataclass, field

from etown_desktop.core.editions.raw import RawEdition

FIGURE_FIELDS = ("value", "unit", "qualifier", "period_en", "year", "usd_value", "source_id",
                 "paragraph", "label_en", "label_zh")


@dataclass(frozen=True)
class FigureChange:
    figure_id: str
    labels: tuple[str, str]  # English, Chinese
    changes: tuple[tuple[str, str, str], ...]  # (field, old, new)


@dataclass
class ChangePreview:
    sources_added: list[tuple[str, tuple[str, str]]] = field(default_factory=list)  # id, titles
    sources_changed: list[str] = field(default_factory=list)
    sources_removed: list[str] = field(default_factory=list)
    figures_added: list[tuple[str, tuple[str, str], str]] = field(default_factory=list)  # id, labels, value
    figures_changed: list[FigureChange] = field(default_factory=list)
    figures_removed: list[tuple[str, tuple[str, str]]] = field(default_factory=list)  # id, labels
    other_tables: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # +, ~, -

    @property
    def empty(self) -> bool:
        return not (self.sources_added or self.sources_changed or self.sources_removed
                    or self.figures_added or self.figures_changed or self.figures_removed
                    or self.other_tables)

    def render(self, lang: str = "en") -> str:
        zh = lang == "zh"
        if self.empty:
            return "没有变化。" if zh else "No changes."
        out: list[str] = []

        def section(title_en: str, title_zh: str, lines: list[str]) -> None:
            if lines:
                out.append(f"{title_zh if zh else title_en} ({len(lines)})")
                out.extend(f"  {line}" for line in lines)

        k = 1 if zh else 0  # which of the (English, Chinese) labels
        section("Sources added", "新增来源", [f"+ {i}  {t[k]}" for i, t in self.sources_added])
        section("Sources changed", "修改来源", [f"~ {i}" for i in self.sources_changed])
        section("Sources removed", "删除来源", [f"- {i}" for i in self.sources_removed])
        section("Figures added", "新增数据", [f"+ {i}  {label[k]}: {v}" for i, label, v in self.figures_added])
        section("Figures changed", "修改数据", [
            f"~ {c.figure_id}  {c.labels[k]}: " + "; ".join(f"{k} {o or '—'} → {n or '—'}" for k, o, n in c.changes)
            for c in self.figures_changed])
        section("Figures removed", "删除数据", [f"- {i}  {label[k]}" for i, label in self.figures_removed])
        for table, (a, c, r) in sorted(self.other_tables.items()):
            out.append(f"{table}: +{a} ~{c} -{r}")
        return "\n".join(out)


def _by_id(edition: RawEdition, table: str, key: str = "id") -> dict[str, dict[str, str]]:
    return {r.values.get(key, ""): r.values for r in edition.rows(table)}


def _labels(values: dict[str, str]) -> tuple[str, str]:
    return values.get("label_en", ""), values.get("label_zh", "")


def _key(values: dict[str, str]) -> tuple:
    return tuple(sorted(values.items()))


def preview(old: RawEdition, new: RawEdition) -> ChangePreview:
    p = ChangePreview()
    old_s, new_s = _by_id(old, "sources"), _by_id(new, "sources")
    p.sources_added = [(i, (v.get("title_en", ""), v.get("title_zh", ""))) for i, v in new_s.items()
                       if i not in old_s]
    p.sources_removed = [i for i in old_s if i not in new_s]
    p.sources_changed = [i for i, v in new_s.items() if i in old_s and (
        v != old_s[i] or new.articles.get(v.get("seed_file")) != old.articles.get(old_s[i].get("seed_file")))]
    old_f, new_f = _by_id(old, "figures"), _by_id(new, "figures")
    for i, v in new_f.items():
        if i not in old_f:
            p.figures_added.append((i, _labels(v), f"{v.get('value')} {v.get('unit')}"))
            continue
        keys = list(FIGURE_FIELDS) + [k for k in v if k not in FIGURE_FIELDS]
        changes = tuple((k, old_f[i].get(k, ""), v.get(k, "")) for k in keys
                        if old_f[i].get(k, "") != v.get(k, ""))
        if changes:
            p.figures_changed.append(FigureChange(i, _labels(v), changes))
    p.figures_removed = [(i, _labels(v)) for i, v in old_f.items() if i not in new_f]
    for table in new.tables:
        if table in ("sources", "figures"):
            continue
        old_rows = {_key(r.values) for r in old.rows(table)}
        new_rows = {_key(r.values) for r in new.rows(table)}
        added, removed = len(new_rows - old_rows), len(old_rows - new_rows)
        if added or removed:
            changed = min(added, removed)
            p.other_tables[table] = (added - changed, changed, removed - changed)
    return p
