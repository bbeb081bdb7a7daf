"""Opening a list's leads progressively: the list appears as soon as the store is unlocked (the
plain columns need no decryption), each lead's personal fields are opened when it is first shown,
and the rest in small time-boxed batches on later turns of the caller's event loop.

Unlocking 10,000 leads is then Argon2id (a few hundred ms) plus one screenful of leads, not
Argon2id plus 10,000 sealed-box openings (~1 s)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import replace

from etown_desktop.core.leads.model import Lead

log = logging.getLogger(__name__)


class LeadOpener:
    """The leads of a list, each opened at most once; ``leads[i].personal`` is None until opened."""

    def __init__(self, store, event_id: int | None = None) -> None:
        self._store = store
        self.leads, self._blobs = store.sealed_leads(event_id)
        self._next = 0  # batches open in list order; leads opened on demand are skipped
        self.opened_count = 0

    def __len__(self) -> int:
        return len(self.leads)

    @property
    def done(self) -> bool:
        return self.opened_count == len(self.leads)

    def is_open(self, i: int) -> bool:
        return self.leads[i].personal is not None

    def open(self, i: int) -> Lead:
        """Lead ``i`` with its personal fields (opened now if need be)."""
        lead = self.leads[i]
        if lead.personal is None:
            lead = self.leads[i] = replace(lead, personal=self._store.open_personal(lead.id, self._blobs[i]))
            self._blobs[i] = b""  # no longer needed
            self.opened_count += 1
        return lead

    def open_some(self, budget_s: float, first: Iterable[int] = ()) -> list[int]:
        """Open leads for about ``budget_s`` seconds (``first`` before the rest); the indexes opened."""
        deadline = time.perf_counter() + budget_s
        opened: list[int] = []
        for i in first:
            if not self.is_open(i):
                self.open(i)
                opened.append(i)
        n = len(self.leads)
        while self._next < n:
            i = self._next
            self._next += 1
            if self.is_open(i):
                continue
            self.open(i)
            opened.append(i)
            if len(opened) % 50 == 0 and time.perf_counter() >= deadline:
                break
        return opened

    def open_all(self) -> list[Lead]:
        self.open_some(float("inf"))
        return self.leads
