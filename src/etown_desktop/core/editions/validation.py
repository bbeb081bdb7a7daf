"""One validation engine for every way in: it reports every problem at once, each pinned to its
file or sheet, row, column, value and rule (see :mod:`messages` for the wording)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from etown_desktop.core.db import schema
from etown_desktop.core.editions.messages import WORDS, rule_text
from etown_desktop.core.editions.raw import RawEdition, RawRow, file_tables
from etown_desktop.core.glyphs.coverage import Coverage, bundled_coverage
from etown_desktop.core.provenance import number_in, qualifier_supported, split_paragraphs

ERROR, WARNING = "error", "warning"
HAND_CHECK_PREFIX = "checked by hand:"
USD_RATE_RANGE = (5.0, 9.0)
# What a number can mean in each unit style (inclusive); outside it the value is a typing error
# (1e308 billion yuan), and nothing derived from it (an implied USD rate) is worth showing.
VALUE_BOUNDS: dict[str, tuple[float, float]] = {
    "percent": (-100.0, 100_000.0),  # a share, or a growth rate up to a thousandfold
    "rank": (1.0, 100_000.0),
    "stage": (0.0, 100.0),
    "cny_bn": (-1_000_000.0, 1_000_000.0),  # billion yuan (China's GDP: about 130,000)
    "usd_bn": (-200_000.0, 200_000.0),  # billion US$
    "cny": (-1e12, 1e12),  # yuan per person
}
PLAIN_BOUNDS = (0.0, 1e15)  # counts, areas, lengths, durations: never negative, never astronomical
SEED_FILE_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,120}\.txt$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENUMS = {("figures", "topic"): schema.TOPICS, ("figures", "qualifier"): schema.QUALIFIERS}


@dataclass(frozen=True)
class Problem:
    severity: str  # error | warning
    origin: str  # file or sheet
    line: int  # row (0 = the whole file)
    column: str
    value: str
    rule: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def message(self, lang: str = "en") -> str:
        return rule_text(self.rule, self.params, lang)

    def where(self, lang: str = "en") -> str:
        words = WORDS["zh" if lang == "zh" else "en"]
        parts = [self.origin]
        if self.line:
            parts.append(words["row"].format(n=self.line) if lang == "zh" else f"row {self.line}")
        if self.column:
            parts.append(f"{words['column']} {self.column}")
        return ", ".join(parts) if lang != "zh" else "，".join(parts)

    def render(self, lang: str = "en", with_severity: bool = True) -> str:
        words = WORDS["zh" if lang == "zh" else "en"]
        value = (f"（{words['value']} “{self.value}”）" if lang == "zh" else f" (value {self.value!r})") \
            if self.value else ""
        colon = "：" if lang == "zh" else ": "
        text = f"{self.where(lang)}{value}{colon}{self.message(lang)}"
        return f"{words[self.severity]}{colon}{text}" if with_severity else text


@dataclass
class ValidationReport:
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def render(self, lang: str = "en") -> str:
        return "\n".join(p.render(lang) for p in self.problems)


def _typed(kind: type, raw: str):
    if kind is int:
        try:
            return int(raw)
        except ValueError:
            f = float(raw)
            if f.is_integer():
                return int(f)
            raise
    if kind is float:
        return float(raw)
    return raw


def _label_pairs(columns: dict) -> list[tuple[str, str]]:
    """The (x_en, x_zh) column pairs of a table, in column order (found once per table, not per row)."""
    return [(col, col[:-3] + "_zh") for col in columns
            if col.endswith("_en") and col[:-3] + "_zh" in columns]


class _Checker:
    def __init__(self, edition: RawEdition) -> None:
        self.ed = edition
        self.report = ValidationReport()
        self.typed: dict[str, list[tuple[RawRow, dict]]] = {}
        self._drawable: set[str] = set()  # characters found in the font already (a cache)
        self.source_refs: dict[str, str] = {}  # source id -> its S-number, as the app cites it

    def add(self, row: RawRow | None, column: str, value: object, rule: str,
            severity: str = ERROR, **params) -> None:
        origin, line = (row.origin, row.line) if row is not None else ("", 0)
        self.report.problems.append(
            Problem(severity, origin, line, column, "" if value is None else str(value), rule, params))

    # -- per cell ---------------------------------------------------------------------------
    def cells(self) -> None:
        for table in file_tables():
            _file, columns, _pk, _fks = schema.TABLES[table]
            nullable = schema.NULLABLE.get(table, set())
            derived = schema.DERIVED.get(table, set())
            # each column's type, whether it may be empty and its allowed values: looked up once
            checked = [(col, kind, col in nullable, ENUMS.get((table, col)))
                       for col, kind in columns.items() if col not in derived]
            pairs = _label_pairs(columns)
            out = []
            for row in self.ed.rows(table):
                typed: dict = {}
                values = row.values
                for col, kind, may_be_empty, allowed in checked:
                    raw = values.get(col, "")
                    if raw == "":
                        typed[col] = None
                        if not may_be_empty:
                            self.add(row, col, raw, "required")
                        continue
                    if kind is str:
                        typed[col] = raw
                    else:
                        try:
                            typed[col] = _typed(kind, raw)
                        except (ValueError, OverflowError):
                            typed[col] = None
                            self.add(row, col, raw, "type_int" if kind is int else "type_float")
                            continue
                    if allowed and raw not in allowed:
                        self.add(row, col, raw, "enum", allowed=", ".join(allowed))
                self._pairs(row, pairs)
                out.append((row, typed))
            self.typed[table] = out

    # -- characters the app cannot draw -----------------------------------------------------
    def glyphs(self) -> None:
        """Warn, per cell and character, about text no bundled font can draw (an empty box on a
        laptop without a system font that has it, and in every PDF and SVG)."""
        cov = bundled_coverage()
        if cov is None:
            return
        for table in file_tables():
            for row in self.ed.rows(table):
                for col, raw in row.values.items():
                    if raw and not raw.isascii():
                        self._glyphs_in(cov, row, col, raw)
        for seed, text in sorted(self.ed.articles.items()):
            if text.isascii() or not self._undrawn(cov, text):
                continue  # every character drawable: no paragraph has a warning (no need to split)
            for n, para in enumerate(split_paragraphs(text), start=1):
                self._glyphs_in(cov, RawRow(seed, 0, {}), "text", para, paragraph=n)

    def _undrawn(self, cov: Coverage, raw: str) -> bool:
        """Whether ``raw`` holds a character the font cannot draw (each distinct character is
        looked up in the coverage once per validation: the drawable ones are remembered)."""
        new = set(raw) - self._drawable
        if not new:
            return False
        self._drawable.update(ch for ch in new if ch in cov)
        return bool(cov.missing("".join(new - self._drawable)))

    def _glyphs_in(self, cov: Coverage, row: RawRow, col: str, raw: str, **params) -> None:
        if not self._undrawn(cov, raw):
            return
        for ch in cov.missing(raw):
            rule = "glyph_missing_paragraph" if params else "glyph_missing"
            self.add(row, col, ch, rule, WARNING, char=ch, code=f"U+{ord(ch):04X}", **params)

    def _pairs(self, row: RawRow, pairs: list[tuple[str, str]]) -> None:
        for col, zh in pairs:
            en_v, zh_v = row.values.get(col, ""), row.values.get(zh, "")
            if bool(en_v) != bool(zh_v):
                empty = zh if en_v else col
                self.add(row, empty, "", "both_labels", other=empty)

    # -- keys -------------------------------------------------------------------------------
    def keys(self) -> None:
        ids: dict[str, set] = {}
        for table in file_tables():
            pk = schema.TABLES[table][2]
            cols = (pk,) if isinstance(pk, str) else pk
            seen: dict[tuple, int] = {}
            for row, typed in self.typed[table]:
                key = tuple(typed.get(c) for c in cols)
                if None in key:
                    continue
                if key in seen:
                    self.add(row, cols[0], ", ".join(map(str, key)), "duplicate_key", other=seen[key])
                else:
                    seen[key] = row.line
            ids[table] = {k[0] for k in seen} if len(cols) == 1 else set()
        for table in file_tables():
            for col, other, _ in schema.TABLES[table][3]:
                known = ids.get(other, set())
                for row, typed in self.typed[table]:
                    v = typed.get(col)
                    if v is not None and v not in known:
                        self.add(row, col, v, "foreign_key", table=other)

    # -- figures and sources ----------------------------------------------------------------
    def sources(self) -> dict[str, list[str]]:
        paragraphs: dict[str, list[str]] = {}
        self.source_refs = {typed["id"]: typed.get("ref") or typed["id"]
                            for _row, typed in self.typed.get("sources", []) if typed.get("id")}
        for row, typed in self.typed.get("sources", []):
            name = typed.get("seed_file") or ""
            if not SEED_FILE_RE.match(name):
                self.add(row, "seed_file", name, "seed_file_name")
                continue
            text = self.ed.articles.get(name)
            if text is None:
                self.add(row, "seed_file", name, "article_missing")
                continue
            paragraphs[typed["id"]] = split_paragraphs(text)
        return paragraphs

    def paragraphs(self, paragraphs: dict[str, list[str]]) -> None:
        for table in file_tables():
            columns = schema.TABLES[table][1]
            if "source_id" not in columns or "paragraph" not in columns:
                continue
            for row, typed in self.typed[table]:
                n, paras = typed.get("paragraph"), paragraphs.get(typed.get("source_id"))
                if n is None or paras is None:
                    continue
                if not 1 <= n <= len(paras):
                    self.add(row, "paragraph", n, "paragraph_range", count=len(paras))

    def figures(self, paragraphs: dict[str, list[str]]) -> None:
        units = {typed["id"]: typed for _row, typed in self.typed.get("units", []) if typed.get("id")}
        notes = {typed["figure_id"]: (row, typed["note"] or "")
                 for row, typed in self.typed.get("hand_checks", []) if typed.get("figure_id")}
        for row, typed in notes.values():
            if not typed.lower().startswith(HAND_CHECK_PREFIX) or \
                    len(typed) <= len(HAND_CHECK_PREFIX) + 2:
                self.add(row, "note", typed, "hand_check_note")
        metric_units: dict[str, str] = {}
        for row, f in self.typed.get("figures", []):
            metric, unit = f.get("metric"), f.get("unit")
            if metric and unit:
                first = metric_units.setdefault(metric, unit)
                if first != unit:
                    self.add(row, "unit", unit, "metric_units", metric=metric, unit=first)
            usd, value = f.get("usd_value"), f.get("value")
            style = units.get(unit, {}).get("style")
            unbounded = self._bounds(row, f, units.get(unit))
            if usd is not None and unit in units and style not in ("cny_bn", "cny"):
                self.add(row, "usd_value", row.values.get("usd_value"), "usd_needs_yuan")
            elif usd and value is not None and not unbounded:
                rate = value / usd
                if not USD_RATE_RANGE[0] <= rate <= USD_RATE_RANGE[1]:
                    self.add(row, "usd_value", row.values.get("usd_value"), "usd_rate", WARNING,
                             rate=f"{rate:.2f}")
            self._provenance(row, f, paragraphs, notes, skip=unbounded)

    def _bounds(self, row: RawRow, f: dict, unit: dict | None) -> set[str]:
        """The value columns outside what the unit can mean (each reported once)."""
        style = (unit or {}).get("style")
        out: set[str] = set()
        for col in ("value", "usd_value"):
            number = f.get(col)
            if number is None:
                continue
            low, high = VALUE_BOUNDS.get("usd_bn" if col == "usd_value" and style == "cny_bn" else style,
                                         PLAIN_BOUNDS)
            if math.isfinite(number) and low <= number <= high:
                continue
            out.add(col)
            unit_en = "US$ bn" if col == "usd_value" and style == "cny_bn" else (unit or {}).get("en") or ""
            unit_zh = "亿美元" if col == "usd_value" and style == "cny_bn" else (unit or {}).get("zh") or ""
            self.add(row, col, row.values.get(col), "value_bounds", number=row.values.get(col),
                     unit_en=unit_en, unit_zh=unit_zh, low=f"{low:,.0f}", high=f"{high:,.0f}")
        return out

    def _provenance(self, row: RawRow, f: dict, paragraphs: dict[str, list[str]],
                    notes: dict[str, tuple[RawRow, str]], skip: set[str] = frozenset()) -> None:
        paras, n = paragraphs.get(f.get("source_id")), f.get("paragraph")
        if paras is None or n is None or not 1 <= n <= len(paras):
            return
        para = paras[n - 1]
        # The number as the cell writes it (decimal), not the float it was read into.
        missing = [(col, f[col]) for col in ("value", "usd_value")
                   if f.get(col) is not None and col not in skip
                   and not number_in(para, row.values.get(col) or f[col])]
        note = notes.get(f.get("id"), (None, ""))[1]
        for col, number in missing:
            if note.lower().startswith(HAND_CHECK_PREFIX):
                self.add(row, col, row.values.get(col), "hand_checked", WARNING, note=note)
            else:
                ref = self.source_refs.get(f.get("source_id"), f.get("source_id"))
                self.add(row, col, row.values.get(col), "provenance", number=row.values.get(col),
                         paragraph=n, source=f.get("source_id"), cite=f"{ref} ¶{n}")
        qualifier = f.get("qualifier")
        if qualifier in schema.QUALIFIERS and not qualifier_supported(para, qualifier):
            self.add(row, "qualifier", qualifier, "qualifier_word", WARNING, qualifier=qualifier)

    def targets(self) -> None:
        for row, t in self.typed.get("targets", []):
            actual, relation = t.get("actual_figure_id"), t.get("actual_relation")
            if (actual is None) != (relation is None) or relation not in (None, "same", "related"):
                self.add(row, "actual_relation", relation, "actual_relation")

    def edition(self) -> None:
        if not DATE_RE.match(self.ed.data_date or ""):
            self.add(RawRow("dataset", 0, {}), "data_date", self.ed.data_date, "data_date")
        if not self.ed.rows("figures") and "figures" in self.ed.tables:
            self.add(RawRow("figures", 0, {}), "", "", "no_figures")


def validate(edition: RawEdition) -> ValidationReport:
    """Check ``edition`` against every rule; never raises for bad data."""
    checker = _Checker(edition)
    for origin, line, column, value, rule, params in edition.read_problems:
        checker.add(RawRow(origin, line, {}), column, value, rule, **params)
    checker.cells()
    checker.glyphs()
    checker.keys()
    paragraphs = checker.sources()
    checker.paragraphs(paragraphs)
    checker.figures(paragraphs)
    checker.targets()
    checker.edition()
    return checker.report


def problems_in(report: ValidationReport, origins: Iterable[str]) -> list[Problem]:
    wanted = set(origins)
    return [p for p in report.problems if p.origin in wanted]
