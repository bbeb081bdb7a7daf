"""One object any view can ask to add an item to the brief (the brief panel listens)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal


class BriefRequests(QObject):
    addRequested = Signal(str)  # an item reference: "F001", "chart:…", "profile:ngit#companies" …


_instance: BriefRequests | None = None


def brief_requests() -> BriefRequests:
    global _instance
    if _instance is None:
        _instance = BriefRequests(QCoreApplication.instance())
    return _instance


def request_add(ref: str) -> None:
    brief_requests().addRequested.emit(ref)
