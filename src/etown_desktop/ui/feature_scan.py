"""Spare PySide6's source scan of every module imported after it.

PySide6 supports ``from __feature__ import snake_case, true_property`` per module. To know which
modules may switch features, it reads the *source file* of every module imported after PySide6
(``shibokensupport.feature._mod_uses_pyside``: ``inspect.getsource(module)`` and a search for the
word "PySide6"). Measured here on a start of the app: 460 modules, ~100 ms of CPU (20 ms of it
before the first paint), most of it for numpy, pyqtgraph and the standard library.

Neither the app nor a library it uses selects a feature, so every module can be given what a
module that uses PySide6 gets (feature set 0, the plain API) without reading it: a module that
does import ``__feature__`` still sets its own selection (``feature_import`` is left as it is),
and every other module then switches back to the plain API, as PySide6 does for its own users.
A PySide6 without this private hook is left untouched.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def _uses_pyside(module) -> bool:
    return True


def skip_feature_scan() -> bool:
    """Replace the per-module source scan (once PySide6 is imported); True when it was replaced."""
    for name in _MODULES:
        feature = sys.modules.get(name)
        if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
            feature._mod_uses_pyside = _uses_pyside
            return True
    log.debug("PySide6 has no feature scan to skip")
    return False
