"""The provenance rule: a figure's number must be written in the cited paragraph of its source.

Shared by the data tests and the import validation. A number may be written as digits
(600, 1,043, 96.7, 349,200) or, for a few small numbers, as a word ("four", "first").
Paragraph *n* of an article is its *n*-th non-blank line.
"""

from __future__ import annotations

import re

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


def written_forms(value: float) -> list[str]:
    """The ways a source may write ``value`` (digits with and without separators, words)."""
    forms: list[str] = []
    if float(value).is_integer():
        n = int(value)
        forms += [str(n), f"{n:,}"]
        forms += WORDS.get(n, [])
        forms.append(f"{float(value):.1f}")
    else:
        forms += [f"{value:g}", f"{value:,}"]
    return forms


def find_number(text: str, value: float) -> tuple[int, int] | None:
    """(start, end) of the first place ``value`` is written in ``text``, or None."""
    lowered = text.lower()
    best: tuple[int, int] | None = None
    for form in written_forms(value):
        if form not in (lowered if form.isalpha() or " " in form else text):
            continue  # not there at all: no need for the pattern (the same answer, much faster)
        if form.isalpha() or " " in form:
            m = re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", lowered)
        else:
            m = re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return best


def number_in(text: str, value: float) -> bool:
    """Whether ``value`` is written somewhere in ``text``."""
    return find_number(text, value) is not None


def qualifier_supported(text: str, qualifier: str) -> bool:
    """Whether the paragraph uses a word of the qualifier ("nearly", "more than" …)."""
    if qualifier == "exact":
        return True
    lowered = text.lower()
    return any(w in lowered for w in QUALIFIER_WORDS.get(qualifier, ()))
