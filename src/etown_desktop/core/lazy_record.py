"""Frozen dataclasses that are made dataclasses when first used.

Python 3.11 writes each dataclass's ``__init__``, ``__eq__``, ``__hash__``, ``__repr__``,
``__setattr__`` and ``__delattr__`` as source text and compiles it when the class is defined: the
repository's 15 records cost ~76 M instructions to import, before the first slide of ``present``
or ``kiosk`` (issue 22), which makes only four of them. A class whose metaclass is
:class:`LazyFrozenRecord` is a plain class until something needs it as a dataclass — its first
instance (the placeholder ``__init__``; an unpickled or copied one goes through ``_rebuild``), or
a look-up of a name the plain class lacks (``dataclasses.fields``, ``is_dataclass``,
``__match_args__``…) — and is then made exactly what ``@dataclass(frozen=True)`` makes, in place
(the same class object, so every ``from … import`` of it holds the dataclass)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

_PENDING: set[type] = set()
_LOCK = threading.RLock()  # one thread makes the dataclass; another waits for it


def _finish(cls: type) -> bool:
    """Make ``cls`` a frozen dataclass if it is still waiting; True if it was."""
    with _LOCK:
        if cls not in _PENDING:
            return False
        _PENDING.discard(cls)
        type.__delattr__(cls, "__init__")  # the placeholder below (dataclass keeps a class's own)
        dataclass(frozen=True)(cls)
        return True


def _first_init(self, *args, **kwargs) -> None:
    # The first instance of a waiting class: make it a dataclass, then its __init__.
    cls = type(self)
    for klass in cls.__mro__:
        if klass in _PENDING:
            _finish(klass)
    cls.__init__(self, *args, **kwargs)


def _rebuild(cls: type, state: dict):
    """Unpickling or copying: the class made a dataclass first (an unpickled instance is not
    made through ``__init__``)."""
    _finish(cls)
    obj = object.__new__(cls)
    obj.__dict__.update(state)
    return obj


def _reduce(self):
    return _rebuild, (type(self), dict(self.__dict__))


class LazyFrozenRecord(type):
    """Metaclass: the class becomes a ``@dataclass(frozen=True)`` when first used."""

    def __new__(mcs, name, bases, namespace, **kwargs):
        for own in ("__init__", "__new__", "__reduce__", "__reduce_ex__"):
            if own in namespace:
                raise TypeError(f"{name}: a lazy frozen record cannot define {own}")
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        type.__setattr__(cls, "__init__", _first_init)
        type.__setattr__(cls, "__reduce__", _reduce)
        with _LOCK:
            _PENDING.add(cls)
        return cls

    def __getattr__(cls, name: str):
        # Only for a name the class does not have (yet): __dataclass_fields__, __match_args__ …
        if _finish(cls):
            return getattr(cls, name)
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
