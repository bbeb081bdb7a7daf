"""The visit log's expected failures (core's :class:`VisitLogUnavailable`) worded in the
interface language: core says what went wrong (a reason code and the path), the UI says it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from etown_desktop.core.errors import EtownError, VisitLogUnavailable


def visit_log_message(exc: EtownError) -> str:
    """``exc`` as a sentence in the interface language (its English text if it has no reason)."""
    if not isinstance(exc, VisitLogUnavailable) or not exc.reason:
        return str(exc)
    texts = {
        "missing": QCoreApplication.translate(
            "VisitLogMessages", "No visit log at {path}: the kiosk or a presentation has not run on this "
            "computer yet."),
        "unreadable": QCoreApplication.translate(
            "VisitLogMessages", "The visit log {path} cannot be read ({detail})."),
        "unopenable": QCoreApplication.translate(
            "VisitLogMessages", "The visit log {path} cannot be opened ({detail})."),
    }
    text = texts.get(exc.reason)
    return text.format(path=exc.path, detail=exc.detail) if text else str(exc)
