"""LeadsSession: the lead store of this app run, its lock state and the unlocked leads in memory.

The store is opened when first needed; a damaged or unreachable store gives one message and the
fact book keeps working. Unlocking decrypts the leads once; locking (or quitting) forgets both the
private key and the decrypted leads."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from etown_desktop.core.leads.errors import LeadsLocked
from etown_desktop.core.leads.model import Lead
from etown_desktop.core.leads.store import LeadStore

log = logging.getLogger(__name__)


class LeadsSession(QObject):
    changed = Signal()  # leads added, edited, deleted, or the event changed
    lockChanged = Signal(bool)  # unlocked?

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._store: LeadStore | None = None
        self._leads: list[Lead] | None = None

    @property
    def store(self) -> LeadStore:
        """The store (opened on first use); raises LeadStoreUnavailable with a readable message."""
        if self._store is None:
            self._store = LeadStore(self._path)
        return self._store

    @property
    def unlocked(self) -> bool:
        return self._store is not None and self._store.unlocked

    def unlock(self, passphrase: str) -> None:
        self.store.unlock(passphrase)
        self._leads = None
        self.lockChanged.emit(True)
        self.changed.emit()

    def lock(self) -> None:
        if self._store is not None:
            self._store.lock()
        self._leads = None
        self.lockChanged.emit(False)
        self.changed.emit()

    def leads(self) -> list[Lead]:
        """Every lead, decrypted (cached until the next change)."""
        if not self.unlocked:
            raise LeadsLocked("The leads are locked.")
        if self._leads is None:
            self._leads = self.store.leads()
        return self._leads

    def staffer(self) -> str:
        """Who takes the leads: the saved staffer name, else the name on "My card", else the login name."""
        import getpass

        from etown_desktop.core.leads.my_card import load_card

        store = self.store
        return store.setting("staffer") or load_card(store).name or getpass.getuser()

    def touch(self) -> None:
        """Something changed in the store: drop the cache and tell the views."""
        self._leads = None
        self.changed.emit()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()  # forgets the private key
            self._store = None
        self._leads = None
