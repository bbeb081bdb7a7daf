"""core/lazy_record.py: a record is made a frozen dataclass when first used, and then behaves exactly
as one made by ``@dataclass(frozen=True)`` (issue 22: importing the repository's records no longer
compiles the methods of the eleven a slide show's first slide does not make)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys
import threading

import pytest

from etown_desktop.core.lazy_record import LazyFrozenRecord


def _pair():
    class Lazy(metaclass=LazyFrozenRecord):
        id: str
        value: float
        note: str | None = None
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)

        def label(self) -> str:
            return f"{self.id}={self.value}"

    @dataclasses.dataclass(frozen=True)
    class Plain:
        id: str
        value: float
        note: str | None = None
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Lazy, Plain


def test_a_lazy_record_behaves_as_a_frozen_dataclass():
    Lazy, Plain = _pair()
    a, b = Lazy("x", 1.5), Lazy("x", 1.5, None)
    assert a == b and hash(a) == hash(b) and a != Lazy("y", 1.5)
    assert repr(a) == repr(Plain("x", 1.5)).replace("Plain", "Lazy")
    assert a.tags == () and a.label() == "x=1.5"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.id = "z"
    with pytest.raises(TypeError):
        Lazy("x")  # value missing, as for the dataclass
    assert dataclasses.replace(a, value=2.0) == Lazy("x", 2.0)
    assert dataclasses.asdict(a) == {"id": "x", "value": 1.5, "note": None, "tags": ()}
    assert copy.copy(a) == a and copy.deepcopy(a) == a


def test_the_class_is_a_dataclass_when_asked_before_any_instance():
    Lazy, Plain = _pair()
    assert dataclasses.is_dataclass(Lazy)
    Lazy2, _ = _pair()
    assert [f.name for f in dataclasses.fields(Lazy2)] == [f.name for f in dataclasses.fields(Plain)]
    Lazy3, _ = _pair()
    assert Lazy3.__match_args__ == ("id", "value", "note", "tags")
    Lazy4, _ = _pair()
    with pytest.raises(AttributeError):
        Lazy4.no_such_name


def test_records_are_made_when_first_used_and_unpickle_in_a_fresh_process():
    code = (
        "import pickle, sys\n"
        "from etown_desktop.core import lazy_record, records\n"
        "waiting = len(lazy_record._PENDING)\n"
        "m = pickle.loads(sys.stdin.buffer.read())\n"  # no Metadata made in this process before
        "print(waiting, len(lazy_record._PENDING), m == records.Metadata(2, 'e', 'd', 3),"
        " hash(m) == hash(records.Metadata(2, 'e', 'd', 3)), repr(m))\n"
    )
    from etown_desktop.core.records import Metadata

    data = pickle.dumps(Metadata(2, "e", "d", 3))
    out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True)
    waiting, after, equal, same_hash, text = out.stdout.decode().split(" ", 4)
    assert int(waiting) == 15 and int(after) == 14  # every record waits; unpickling made one
    assert equal == same_hash == "True"
    assert text.strip() == "Metadata(schema_version=2, edition='e', data_date='d', figure_count=3)"


def test_two_threads_making_the_first_instances_at_once():
    for _ in range(20):
        Lazy, _plain = _pair()
        made, errors = [], []
        start = threading.Barrier(4)

        def make():
            try:
                start.wait()
                made.append(Lazy("a", 1.0))
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=make) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors and len(set(made)) == 1


def test_a_record_may_not_define_its_own_constructor():
    with pytest.raises(TypeError):
        class Bad(metaclass=LazyFrozenRecord):  # noqa: F841
            x: int

            def __init__(self, x):
                pass
