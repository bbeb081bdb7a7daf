"""Records the Python enums PySide6 builds (a class's enums are built when the class is first
resolved, ~70,000 instructions a member), to see which classes a start resolved before its first
paint. Imported by the start-up probes (startup_probe.py, slide_probe.py) before PySide6."""

from __future__ import annotations

import enum

ENUMS_BUILT: list[str] = []
_create = enum.EnumType._create_


def _record(cls, class_name, names, *, module=None, qualname=None, **kwargs):
    ENUMS_BUILT.append(qualname or class_name)
    return _create(cls, class_name, names, module=module, qualname=qualname, **kwargs)


enum.EnumType._create_ = _record
