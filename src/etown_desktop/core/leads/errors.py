"""Expected failures of the lead store; the UI and CLI turn each into one clear line."""

from __future__ import annotations

from etown_desktop.core.errors import EtownError, NotFound


class LeadStoreUnavailable(EtownError):
    """The lead database cannot be opened, written or read (locked folder, damaged file …)."""


class LeadsNotInitialised(EtownError):
    """No staff passphrase (key pair) has been set yet: run ``leads init``."""


class LeadsLocked(EtownError):
    """Reading personal fields needs the staff passphrase (Leads → Unlock)."""


class WrongPassphrase(EtownError):
    """The passphrase does not open the lead store's private key."""


class PassphraseRejected(EtownError):
    """A new passphrase that is too short or was not typed the same twice."""


class LeadDataTampered(EtownError):
    """A sealed field or the sealed private key was altered on disk; it is refused, never guessed."""


class LeadNotFound(NotFound):
    """No lead or event with that id."""


class LeadInvalid(EtownError):
    """A lead with neither a name nor a company, an unknown rating, sector or choice …"""


class DuplicateLead(EtownError):
    """A lead with the same email, or the same name and company, exists in the event.

    ``matches`` holds the existing lead ids; the caller asks whether to merge or keep both."""

    def __init__(self, message: str, matches: tuple[int, ...]) -> None:
        super().__init__(message)
        self.matches = matches
