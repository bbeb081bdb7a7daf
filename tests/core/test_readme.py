"""The README is read by new users: no sentence is said twice (a merge once left a garbled copy)."""

from __future__ import annotations

import collections
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def _sentences(text: str) -> list[str]:
    prose = re.sub(r"```.*?```", "", text, flags=re.S)
    flat = re.sub(r"\s+", " ", prose)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", flat) if len(s.strip()) > 40]


def test_no_sentence_of_the_readme_is_repeated() -> None:
    counts = collections.Counter(_sentences(README.read_text(encoding="utf-8")))
    assert [s for s, n in counts.items() if n > 1] == []


def test_the_check_finds_a_repeated_sentence() -> None:
    text = "A long sentence that says one thing about benchmarks. " * 2
    assert collections.Counter(_sentences(text)).most_common(1)[0][1] == 2
