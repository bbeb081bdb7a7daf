"""Where a word too wide for its line breaks (matrix column headers at 200 % text)."""

from __future__ import annotations

from etown_desktop.core.accessibility.word_breaks import break_points, pinyin_syllables, split_word


def _fits(limit: int):
    return lambda piece: len(piece) <= limit


def test_pinyin_place_names_split_into_syllables():
    assert pinyin_syllables("Changping") == ("Chang", "ping")
    assert pinyin_syllables("Haidian") == ("Hai", "dian")
    assert pinyin_syllables("Beijing") == ("Bei", "jing")
    assert pinyin_syllables("Chaoyang") == ("Chao", "yang")
    assert pinyin_syllables("Shunyi") == ("Shun", "yi")
    assert pinyin_syllables("Fangshan") == ("Fang", "shan")
    assert pinyin_syllables("Town") is None  # not pinyin: no syllable boundaries
    assert pinyin_syllables("(BDA)") is None


def test_a_word_breaks_where_a_reader_would_split_it():
    # between syllables, not "Chan|gpin|g" as a letter-by-letter break gave
    assert split_word("Changping", _fits(6)) == ["Chang", "ping"]
    assert split_word("Haidian", _fits(5)) == ["Hai", "dian"]
    # after its own hyphen, no hyphen added
    assert split_word("E-Town", _fits(4)) == ["E-", "Town"]
    assert break_points("E-Town") == [2]


def test_a_word_that_fits_stays_whole_and_others_break_evenly():
    assert split_word("Shunyi", _fits(6)) == ["Shunyi"]
    # not pinyin: equal pieces, no letter alone on a line
    assert split_word("semiconductors", _fits(7)) == ["semicon", "ductors"]
    assert split_word("(BDA)", _fits(3)) == ["(BD", "A)"]
    # syllables that are still too wide: even pieces rather than failing
    assert all(len(p) <= 3 for p in split_word("Changping", _fits(3)))
