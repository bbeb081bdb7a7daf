"""The provenance rule: a figure's number must be written in the cited paragraph of its source.

Shared by the data tests and the import validation. A number may be written as digits
(600, 1,043, 96.7, 349,200) or, for a few small numbers, as a word ("four", "first").
Paragraph *n* of an article is its *n*-th non-blank line.

Numbers are compared as the text writes them (:class:`decimal.Decimal`), not as binary floats:
a value typed as ``10000000000000000000000000`` is looked for as exactly that, and 1234567.5 is
not shortened to six significant digits. A float (a database value) counts as its shortest repr.
"""

from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal, InvalidOperation

WORDS = {
    1: ["one", "first", "a week"],  # "ranks first", "one-stop counter", "in a week"
    2: ["two"], 3: ["three"], 4: ["four"], 5: ["five"], 6: ["six"], 10: ["ten"],
    100: ["hundred"], 1_000_000: ["million"],
}
QUALIFIER_WORDS = {
    "about": ["about", "some", "around"],
    "nearly": ["nearly", "close to"],
    "more_than": ["more than", "over", "exceed"],
    "at_least": ["minimum", "at least"],
    "at_most": ["no more than", "not go beyond"],
    "less_than": ["less than", "under"],
}


def split_paragraphs(text: str) -> list[str]:
    """The article's paragraphs: its non-blank lines, in order, without surrounding spaces."""
    return [line.strip() for line in text.splitlines() if line.strip()]


Number = float | int | str | Decimal
MAX_DIGITS = 40


def as_decimal(value: Number) -> Decimal | None:
    """``value`` as the decimal it is written as (a float by its shortest repr); None if it is
    not a finite number."""
    try:
        d = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def written_forms(value: Number) -> list[str]:
    """The ways a source may write ``value`` (digits with and without separators, words)."""
    d = as_decimal(value)
    if d is None or abs(d.adjusted()) > MAX_DIGITS:
        return []  # no article writes a number of more than forty digits
    forms: list[str] = []
    if d == d.to_integral_value():
        n = int(d)
        forms += [str(n), f"{n:,}"]
        forms += WORDS.get(n, [])
        forms.append(f"{n}.0")
    else:
        plain = d.normalize()
        forms += [format(plain, "f"), format(plain, ",f")]
    return forms


# A number written with digits: a run of digits and inner separators (each followed by a digit),
# not preceded by a digit or separator. Greedy, so it ends where the rule's form must end: not
# followed by a digit, nor by a separator and a digit.
_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")


@lru_cache(maxsize=2048)
def _numbers_written(text: str) -> dict[str, int]:
    """Every number ``text`` writes with digits (as written, separators kept) -> its first start.

    One scan of the paragraph serves every figure that cites it: a digit form is written at a
    place exactly when it is one of these runs there, so no pattern is built per value (a
    build of thousands of distinct values used to compile one regular expression each)."""
    first: dict[str, int] = {}
    for m in _DIGITS.finditer(text):
        first.setdefault(m.group(), m.start())
    return first


@lru_cache(maxsize=2048)
def _lowered(text: str) -> str:
    return text.lower()


def find_number(text: str, value: Number) -> tuple[int, int] | None:
    """(start, end) of the first place ``value`` is written in ``text``, or None."""
    best: tuple[int, int] | None = None
    for form in written_forms(value):
        if form.isalpha() or " " in form:  # a word ("four", "a week"): a few fixed patterns
            lowered = _lowered(text)
            if form not in lowered:
                continue
            m = re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", lowered)
            span = (m.start(), m.end()) if m else None
        elif form[:1].isdigit():
            start = _numbers_written(text).get(form)
            span = (start, start + len(form)) if start is not None else None
        else:  # a sign before the digits ("-5"): the rule's pattern, as before
            if form not in text:
                continue
            m = re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", text)
            span = (m.start(), m.end()) if m else None
        if span and (best is None or span[0] < best[0]):
            best = span
    return best


def number_in(text: str, value: Number) -> bool:
    """Whether ``value`` is written somewhere in ``text``."""
    return find_number(text, value) is not None


def qualifier_supported(text: str, qualifier: str) -> bool:
    """Whether the paragraph uses a word of the qualifier ("nearly", "more than" …)."""
    if qualifier == "exact":
        return True
    lowered = text.lower()
    return any(w in lowered for w in QUALIFIER_WORDS.get(qualifier, ()))
