"""Progress of a long export, Qt-free: the export calls ``progress(step)`` as it goes.

``step`` says what is being made now ("charts/overview.png", "PNG 40 %"). The receiver may show
it (the command line's progress line) and may stop the export by raising (Ctrl+C raises
KeyboardInterrupt there): the exports write atomically, so a stopped export leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str], None]


def no_progress(_step: str) -> None:
    """The default receiver: shows nothing, stops nothing."""
