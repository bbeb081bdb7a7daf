"""Frozen dataclasses that are made dataclasses when first used.

Python 3.11 writes each dataclass's ``__init__``, ``__eq__``, ``__hash__``, ``__repr__``,
``__setattr__`` and ``__delattr__`` as source text and compiles it when the class is defined: the
repository's 15 records cost ~76 M instructions to import, before the first slide of ``present``
or ``kiosk`` (issue 22), which makes only four of them. A class whose metaclass is
:class:`LazyFrozenRecord` is a plain class until something needs it as a dataclass — its first
instance (the placeholder ``__init__``; an unpickled or copied one goes through ``_rebuild``), or
a look-up of a name the plain class lacks (``dataclasses.fields``, ``is_dataclass``,
``__match_args__``…) — and is then made exactly what ``@dataclass(frozen=True)`` makes, in place
(the same class object, so every ``from … import`` of it holds the dataclass).

While :func:`hold` is in effect (a show's start, until its first slide is painted: the four
records that slide makes cost ~25 M instructions of compiling), a first instance does not make
the class a dataclass: it is filled as the dataclass's ``__init__`` fills it (its fields, in order,
in the instance's ``__dict__``), and the class is made a dataclass at its first use as one —
comparing, hashing, printing, setting or deleting an attribute, ``dataclasses.fields`` /
``replace`` / ``asdict``, copying, pickling — or at its next instance once :func:`release` is
called. A class whose fields have a ``field(...)`` or a base class, or a call the fields do not
fit, makes the dataclass at once, as without the hold."""

from __future__ import annotations

import threading
from dataclasses import dataclass

_PENDING: set[type] = set()
_LOCK = threading.RLock()  # one thread makes the dataclass; another waits for it
_HOLD = {"on": False}
_MISSING = object()


def hold() -> None:
    """First instances fill themselves without making their class a dataclass (see above)."""
    _HOLD["on"] = True


def release() -> None:
    """Back to making a class a dataclass at its first instance (held classes: at their next)."""
    _HOLD["on"] = False


def _finish(cls: type) -> bool:
    """Make ``cls`` a frozen dataclass if it is still waiting; True if it was."""
    with _LOCK:
        if cls not in _PENDING:
            return False
        _PENDING.discard(cls)
        for name in _PLACEHOLDERS:  # the placeholders below (dataclass keeps a class's own)
            if name in cls.__dict__:
                type.__delattr__(cls, name)
        dataclass(frozen=True)(cls)
        return True


def _plain_fields(cls: type) -> list[tuple[str, object]] | None:
    """``cls``'s fields and their defaults (``_MISSING`` for none), when a held instance can be
    filled as the dataclass's ``__init__`` would fill it; None otherwise."""
    if cls.__bases__ != (object,):
        return None
    fields = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        text = annotation if isinstance(annotation, str) else repr(annotation)
        if "ClassVar" in text or "InitVar" in text or "KW_ONLY" in text:
            return None
        default = cls.__dict__.get(name, _MISSING)
        if type(default).__name__ == "Field" or callable(default):
            return None  # field(...), or a method or property of the same name
        fields.append((name, default))
    return fields


def _held_init(self, args: tuple, kwargs: dict) -> bool:
    """Fill ``self`` as the dataclass's ``__init__`` would; False when this call is not one a
    held class can take (the dataclass then reports it, or takes it)."""
    fields = _plain_fields(type(self))
    if fields is None or len(args) > len(fields) or not set(kwargs) <= {n for n, _ in fields}:
        return False
    values = {}
    for i, (name, default) in enumerate(fields):
        if i < len(args):
            if name in kwargs:
                return False
            value = args[i]
        else:
            value = kwargs.get(name, default)
        if value is _MISSING:
            return False
        values[name] = value
    self.__dict__.update(values)
    _hold_class(type(self))
    return True


def _made(self):
    """The class of ``self`` made a dataclass (a held instance's first use as one)."""
    _finish(type(self))
    return type(self)


def _delegate(name: str):
    """A held class's ``name``: the class made a dataclass, then the dataclass's ``name``."""

    def method(self, *args):
        return getattr(_made(self), name)(self, *args)

    method.__name__ = name
    return method


def _held_getattr(self, name):
    # A name a held instance lacks (``__dataclass_fields__`` for fields/replace): made, asked again.
    if _finish(type(self)):
        return getattr(self, name)
    raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


# What a held class has until it is made a dataclass (removed then: dataclass writes its own).
_HELD_METHODS = {**{name: _delegate(name) for name in ("__eq__", "__hash__", "__repr__", "__setattr__",
                                                         "__delattr__")},
                 "__getattr__": _held_getattr}
_PLACEHOLDERS = ("__init__", *_HELD_METHODS)


def _hold_class(cls: type) -> None:
    with _LOCK:
        if cls in _PENDING and "__eq__" not in cls.__dict__:
            for name, fn in _HELD_METHODS.items():
                type.__setattr__(cls, name, fn)


def _first_init(self, *args, **kwargs) -> None:
    # The first instance of a waiting class: make it a dataclass, then its __init__ (or, held,
    # fill it as that __init__ would).
    cls = type(self)
    if _HOLD["on"] and cls in _PENDING and _held_init(self, args, kwargs):
        return
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
        for own in ("__new__", "__reduce__", "__reduce_ex__", *_PLACEHOLDERS):
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
