"""Named, expected failures of the core. The UI and CLI turn them into clear messages."""

from __future__ import annotations


class EtownError(Exception):
    """Base class of every expected failure; ``str(exc)`` is a readable English message."""


class ResourceMissing(EtownError):
    """A file that should ship with the package (database, font, translation) is not there."""


class DatabaseInvalid(EtownError):
    """The database file is missing, corrupt, not SQLite, or of an unknown schema."""


class SourceDataInvalid(EtownError):
    """A reviewed data file under ``data/`` is malformed or inconsistent; the build refuses it."""


class NotFound(EtownError):
    """A record asked for by id does not exist."""


class ExportFailed(EtownError):
    """An export could not be written (unwritable folder, full disk, bad extension...).

    ``str(exc)`` is the app's sentence (it ends with "Choose another folder." where the user can
    pick one in a dialog); ``reason`` and ``params`` let the command line word it for a terminal
    and in Chinese (:mod:`etown_desktop.core.export.failure_text`)."""

    def __init__(self, message: str, reason: str = "", **params: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.params = params


class PinNotSet(EtownError):
    """The kiosk has no staff PIN yet; it will not start without one."""


class PinInvalid(EtownError):
    """A PIN that is not 4 to 12 digits."""


class VisitLogUnavailable(EtownError):
    """The local visit log cannot be opened or read. ``reason`` ("missing", "unreadable",
    "unopenable") and ``path`` (and ``detail``, the underlying error) let the UI word it in the
    user's language; ``str(exc)`` stays the English message for logs and the command line."""

    def __init__(self, message: str, reason: str = "", path: object = "", detail: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.path = str(path)
        self.detail = detail


class ImportRejected(EtownError):
    """An edition file (pack or workbook) is refused as a whole: unsafe, damaged, or from a newer
    version of the app. ``rule`` and ``params`` let the UI word it in the user's language."""

    def __init__(self, rule: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.rule = rule
        self.params = params

    def message(self, lang: str = "en") -> str:
        from etown_desktop.core.editions.messages import rejection_text

        return rejection_text(self.rule, self.params, lang) or str(self)


class EditionError(EtownError):
    """An edition cannot be found, opened or made active (unknown id, damaged file …)."""


class BriefInvalid(EtownError):
    """A brief file (a list of item ids or a saved brief) cannot be read or names unknown items.
    ``reason`` and ``params`` (where set) let the command line word it in Chinese too."""

    def __init__(self, message: str, reason: str = "", **params: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.params = params
