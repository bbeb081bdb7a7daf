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


def _held_pair():
    class Held(metaclass=LazyFrozenRecord):
        id: str
        value: float
        note: str | None = None

        def label(self) -> str:
            return f"{self.id}={self.value}"

    @dataclasses.dataclass(frozen=True)
    class Plain:
        id: str
        value: float
        note: str | None = None

    return Held, Plain


@pytest.fixture
def held():
    from etown_desktop.core import lazy_record

    lazy_record.hold()
    yield lazy_record
    lazy_record.release()


@pytest.mark.parametrize("use", ["eq", "hash", "repr", "set", "delete", "fields", "replace", "asdict",
                                 "copy", "pickle", "is_dataclass", "match_args"])
def test_a_held_instance_is_the_dataclasss_in_every_use(held, use):
    """A show's start (core/lazy_record.hold): the first instances are filled without making the
    class a dataclass; any use as one makes it, and it answers as the dataclass does."""
    Held, Plain = _held_pair()
    a, b = Held("x", 1.5), Held("x", value=1.5, note=None)
    assert Held in held._PENDING  # not made yet
    assert vars(a) == vars(Plain("x", 1.5)) == vars(b) and a.label() == "x=1.5" and a.note is None
    plain = Plain("x", 1.5)
    if use == "eq":
        assert a == b and a != Held("y", 1.5) and (a == plain) is False
    elif use == "hash":
        assert hash(a) == hash(b) == hash(plain)
    elif use == "repr":
        assert repr(a) == repr(plain).replace("Plain", "Held")
    elif use == "set":
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.id = "z"
    elif use == "delete":
        with pytest.raises(dataclasses.FrozenInstanceError):
            del a.id
    elif use == "fields":
        assert [f.name for f in dataclasses.fields(a)] == ["id", "value", "note"]
    elif use == "replace":
        assert dataclasses.replace(a, value=2.0) == Held("x", 2.0)
    elif use == "asdict":
        assert dataclasses.asdict(a) == {"id": "x", "value": 1.5, "note": None}
    elif use == "copy":
        assert copy.copy(a) == a and copy.deepcopy(a) == a
    elif use == "pickle":  # what pickle and copy call (a local class cannot be pickled by name)
        rebuild, args = a.__reduce__()
        assert rebuild(*args) == a and vars(rebuild(*args)) == vars(a)
    elif use == "is_dataclass":
        assert dataclasses.is_dataclass(a) and dataclasses.is_dataclass(Held)
    elif use == "match_args":
        assert Held.__match_args__ == ("id", "value", "note")
    assert Held not in held._PENDING and "__dataclass_fields__" in Held.__dict__
    assert a == Held("x", 1.5) and hash(a) == hash(b)  # made: the dataclass's own methods
    assert Held.__eq__ is not held._HELD_METHODS["__eq__"] and Held.__init__ is not held._first_init


def test_a_call_the_fields_do_not_fit_gets_the_dataclasss_error(held):
    Held, Plain = _held_pair()
    for args, kwargs in [(("x",), {}), (("x", 1.0, None, 4), {}), (("x", 1.0), {"id": "y"}),
                         (("x", 1.0), {"other": 1})]:
        with pytest.raises(TypeError) as ours:
            Held(*args, **kwargs)
        with pytest.raises(TypeError) as theirs:
            Plain(*args, **kwargs)
        assert str(ours.value) == str(theirs.value).replace("Plain", "Held")


def test_a_class_with_a_field_call_is_made_at_once_and_release_ends_the_hold(held):
    Lazy, _plain = _pair()  # has field(default_factory=tuple)
    assert Lazy("x", 1.0).tags == () and Lazy not in held._PENDING
    Held, _ = _held_pair()
    Held("x", 1.0)
    assert Held in held._PENDING
    held.release()
    Held("y", 2.0)  # the next instance after the hold makes it
    assert Held not in held._PENDING


def test_a_record_may_not_define_what_a_held_instance_stands_in_for():
    with pytest.raises(TypeError):
        class Bad(metaclass=LazyFrozenRecord):  # noqa: F841
            x: int

            def __eq__(self, other):
                return True
