"""The change preview: what an import adds, changes and removes, compared with the active edition."""

from __future__ import annotations

from dataclasses import dataclass, field

from etown_desktop.core.editions.raw import RawEdition
from etown_desktop.core.records import Unit

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
    # id, labels, (value, unit) as typed
    figures_added: list[tuple[str, tuple[str, str], tuple[str, str]]] = field(default_factory=list)
    figures_changed: list[FigureChange] = field(default_factory=list)
    figures_removed: list[tuple[str, tuple[str, str]]] = field(default_factory=list)  # id, labels
    other_tables: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # +, ~, -
    units: dict[str, Unit] = field(default_factory=dict)  # the new edition's units, to write amounts
    figure_units: dict[str, str] = field(default_factory=dict)  # changed figure -> its (new) unit

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
                out.append(f"{title_zh}（{len(lines)}）" if zh else f"{title_en} ({len(lines)})")
                out.extend(f"  {line}" for line in lines)

        k = 1 if zh else 0  # which of the (English, Chinese) labels
        sep = "：" if zh else ": "
        section("Sources added", "新增来源", [f"+ {i}  {t[k]}" for i, t in self.sources_added])
        section("Sources changed", "修改来源", [f"~ {i}" for i in self.sources_changed])
        section("Sources removed", "删除来源", [f"- {i}" for i in self.sources_removed])
        section("Figures added", "新增数据", [f"+ {i}  {label[k]}{sep}{self.amount(v, u, lang)}"
                                          for i, label, (v, u) in self.figures_added])
        section("Figures changed", "修改数据", [
            f"~ {c.figure_id}  {c.labels[k]}{sep}" + ("；" if zh else "; ").join(
                f"{field_name(name, lang)} {self._field(c, name, o, lang)} → {self._field(c, name, n, lang)}"
                for name, o, n in c.changes)
            for c in self.figures_changed])
        section("Figures removed", "删除数据", [f"- {i}  {label[k]}" for i, label in self.figures_removed])
        for table, (a, c, r) in sorted(self.other_tables.items()):
            out.append(f"{table_name(table, lang)}{sep}+{a} ~{c} -{r}")
        return "\n".join(out)

    def amount(self, value: str, unit_id: str, lang: str) -> str:
        """English: ``value`` and unit id as typed in the workbook ("600 cny_bn"). Chinese: the
        amount as the app writes it ("6000亿元", "77家"); as typed when the value is not a
        number or the unit unknown."""
        from etown_desktop.core.formatting import format_amount

        unit = self.units.get(unit_id) if lang == "zh" else None
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = None
        if unit is None or number is None:
            return f"{value} {unit_id}".strip() or "—"  # as typed
        return format_amount(number, unit, lang)

    def _field(self, change: FigureChange, name: str, text: str, lang: str) -> str:
        if not text:
            return "—"
        if lang != "zh":
            return text
        if name in ("value", "usd_value"):
            unit = self.figure_units.get(change.figure_id, "") if name == "value" else "usd_bn"
            return self.amount(text, unit, lang)
        if name == "unit" and text in self.units:
            return self.units[text].zh
        return text


# Column and table names as the preview says them in Chinese (English keeps the workbook's names).
_FIELDS_ZH = {"value": "数值", "unit": "单位", "qualifier": "限定词", "period_en": "时期（英文）",
              "period_zh": "时期", "year": "年份", "usd_value": "美元金额", "source_id": "来源",
              "paragraph": "段落", "label_en": "英文名称", "label_zh": "中文名称", "topic": "主题",
              "note_en": "英文说明", "note_zh": "中文说明", "metric": "指标",
              "company_id": "企业"}
_TABLES_ZH = {"companies": "企业", "clusters": "产业集群", "cluster_groups": "集群分组",
              "cluster_zones": "集群园区", "districts": "区", "hand_checks": "人工核对",
              "plans": "规划", "targets": "目标", "reforms": "改革", "reform_measures": "改革措施",
              "reform_mentions": "改革出处", "aliases": "别名", "units": "单位", "stories": "演示",
              "story_slides": "演示页", "zone_industries": "园区产业"}


def field_name(name: str, lang: str) -> str:
    return _FIELDS_ZH.get(name, name) if lang == "zh" else name


def table_name(table: str, lang: str) -> str:
    return _TABLES_ZH.get(table, table) if lang == "zh" else table


def _units(edition: RawEdition) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for r in edition.rows("units"):
        v = r.values
        try:
            units[v.get("id", "")] = Unit(v.get("id", ""), v.get("en_one", ""), v.get("en", ""),
                                          v.get("zh", ""), float(v.get("zh_factor") or 1), v.get("style", ""))
        except ValueError:
            continue  # a bad row is the validation's to report
    return units


def _by_id(edition: RawEdition, table: str, key: str = "id") -> dict[str, dict[str, str]]:
    return {r.values.get(key, ""): r.values for r in edition.rows(table)}


def _labels(values: dict[str, str]) -> tuple[str, str]:
    return values.get("label_en", ""), values.get("label_zh", "")


def _key(values: dict[str, str]) -> tuple:
    return tuple(sorted(values.items()))


def preview(old: RawEdition, new: RawEdition) -> ChangePreview:
    p = ChangePreview(units=_units(new))
    old_s, new_s = _by_id(old, "sources"), _by_id(new, "sources")
    p.sources_added = [(i, (v.get("title_en", ""), v.get("title_zh", ""))) for i, v in new_s.items()
                       if i not in old_s]
    p.sources_removed = [i for i in old_s if i not in new_s]
    p.sources_changed = [i for i, v in new_s.items() if i in old_s and (
        v != old_s[i] or new.articles.get(v.get("seed_file")) != old.articles.get(old_s[i].get("seed_file")))]
    old_f, new_f = _by_id(old, "figures"), _by_id(new, "figures")
    for i, v in new_f.items():
        if i not in old_f:
            p.figures_added.append((i, _labels(v), (v.get("value", ""), v.get("unit", ""))))
            continue
        keys = list(FIGURE_FIELDS) + [k for k in v if k not in FIGURE_FIELDS]
        changes = tuple((k, old_f[i].get(k, ""), v.get(k, "")) for k in keys
                        if old_f[i].get(k, "") != v.get(k, ""))
        if changes:
            p.figures_changed.append(FigureChange(i, _labels(v), changes))
            p.figure_units[i] = v.get("unit", "")
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
