"""Where a word may break when it is wider than its line (a matrix column header at 200 % text).

A word is broken only when no wider column and no other wrapping would hold it; then, without
adding a hyphen (a hyphen would read as part of the name):

1. after a hyphen it already has ("E-|Town");
2. between pinyin syllables, for the romanised Chinese place names this app is full of
   ("Chang|ping", "Hai|dian", "Bei|jing") — where a Chinese reader splits them;
3. otherwise into pieces of about equal length (never a letter left alone on a line).

Qt-free: the caller measures (``fits(piece) -> bool``, in its font).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

_INITIALS = ("b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
             "zh", "ch", "sh", "r", "z", "c", "s")
_FINALS = ("a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "ve",
           "an", "en", "in", "un", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang",
           "iong", "ua", "uo", "uai", "uan", "uang")
_ZERO_INITIAL = ("a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er",
                 "yi", "ya", "ye", "yao", "you", "yan", "yin", "yang", "ying", "yong", "yu",
                 "yue", "yuan", "yun", "wu", "wa", "wo", "wai", "wei", "wan", "wen", "wang",
                 "weng")
# A permissive set (initial × final, and the syllables without an initial): enough to find the
# boundaries of a real name; a word that does not split into these is not treated as pinyin.
SYLLABLES = frozenset(i + f for i in _INITIALS for f in _FINALS) | frozenset(_ZERO_INITIAL)
_LONGEST = max(map(len, SYLLABLES))


@lru_cache(maxsize=512)
def pinyin_syllables(word: str) -> tuple[str, ...] | None:
    """``word`` cut into pinyin syllables (the fewest), or None when it is not pinyin."""
    letters = word.lower()
    if not letters.isalpha() or not letters.isascii():
        return None
    best: list[tuple[str, ...] | None] = [None] * (len(letters) + 1)
    best[0] = ()
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - _LONGEST), end):
            head = best[start]
            if head is not None and letters[start:end] in SYLLABLES:
                trial = head + (word[start:end],)
                if best[end] is None or len(trial) < len(best[end]):
                    best[end] = trial
    return best[-1]


def break_points(word: str) -> list[int]:
    """Where ``word`` may break (indices into it): after its hyphens, and between the pinyin
    syllables of each hyphen-free part of it."""
    points: set[int] = set()
    start = 0
    for part in word.split("-"):
        syllables = pinyin_syllables(part) if len(part) > 3 else None
        if syllables and len(syllables) > 1:
            at = start
            for syllable in syllables[:-1]:
                at += len(syllable)
                points.add(at)
        start += len(part) + 1
        if start <= len(word) - 1:
            points.add(start)  # after the hyphen
    return sorted(p for p in points if 0 < p < len(word))


def split_word(word: str, fits: Callable[[str], bool]) -> list[str]:
    """``word`` in the fewest pieces that each ``fits``: at :func:`break_points` if that works,
    else in pieces of about equal length (at least two letters each while that can fit)."""
    if fits(word) or len(word) < 2:
        return [word]
    points = [0, *break_points(word), len(word)]
    # fewest pieces over the allowed points (each piece must fit)
    best: dict[int, list[str]] = {0: []}
    for i, end in enumerate(points[1:], start=1):
        for start in points[:i]:
            if start in best and fits(word[start:end]):
                trial = best[start] + [word[start:end]]
                if end not in best or len(trial) < len(best[end]):
                    best[end] = trial
    if len(word) in best:
        return best[len(word)]
    for count in range(2, len(word) + 1):
        size, extra = divmod(len(word), count)
        pieces, at = [], 0
        for k in range(count):
            step = size + (1 if k < extra else 0)
            pieces.append(word[at:at + step])
            at += step
        if all(fits(p) for p in pieces):
            return pieces
    return list(word)
