"""The laptop's trust settings, in the user's config folder (``trust.json``, one atomic write):

- ``keys``: every publisher key this laptop has known, with its state: ``active`` (trusted),
  ``retired`` (replaced by the publisher's next key through a key change) or ``removed`` (staff
  removed it). Only active keys verify a pack. A key is listed once: adding it again changes
  nothing (the same key never counts twice).
- ``policy``: ``signed-only``, ``warn`` or absent (automatic, see core/trust/policy.py).
- ``seen``: per publisher, the highest sequence number imported, with that pack's edition and
  manifest hash (what a rollback or a replay is measured against).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from etown_desktop.core.trust.errors import TrustError
from etown_desktop.core.trust.keys import PublicKey, now_iso

log = logging.getLogger(__name__)

TRUST_FILE = "trust.json"
ACTIVE, RETIRED, REMOVED = "active", "retired", "removed"
POLICIES = ("signed-only", "warn")


@dataclass(frozen=True)
class TrustedKey:
    key: PublicKey
    state: str = ACTIVE
    added: str = ""
    changed: str = ""

    def as_json(self) -> dict:
        return {**self.key.as_json(), "state": self.state, "added": self.added,
                "changed": self.changed}

    @classmethod
    def from_json(cls, data: dict) -> TrustedKey:
        state = data.get("state", ACTIVE)
        if state not in (ACTIVE, RETIRED, REMOVED):
            raise ValueError(f"unknown key state {state!r}")
        return cls(PublicKey.from_json(data), state, str(data.get("added", "")),
                   str(data.get("changed", "")))


@dataclass(frozen=True)
class Seen:
    """The newest pack imported from one publisher."""

    sequence: int
    edition: str
    manifest_sha256: str


def trust_path() -> Path:
    from etown_desktop.core.user_folders import user_config_dir

    return user_config_dir() / TRUST_FILE


class TrustStore:
    """Read and change ``trust.json``. Every change is written at once, atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else trust_path()
        self.keys: list[TrustedKey] = []
        self.policy: str | None = None
        self.seen: dict[str, Seen] = {}
        self._load()

    # -- file --------------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise TrustError("bad_trust_store", str(exc), path=str(self.path),
                             detail=str(exc)) from exc
        try:
            data = json.loads(raw.decode("utf-8"))
            self.keys = [TrustedKey.from_json(k) for k in data.get("keys", [])]
            policy = data.get("policy")
            self.policy = policy if policy in POLICIES else None
            self.seen = {str(p): Seen(int(s["sequence"]), str(s["edition"]),
                                      str(s["manifest_sha256"]))
                         for p, s in data.get("seen", {}).items()}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # A damaged trust file never means "trust nothing, accept anything": refuse loudly.
            raise TrustError("bad_trust_store", str(exc), path=str(self.path),
                             detail=str(exc)) from exc

    def save(self) -> None:
        from etown_desktop.core.export.atomic import write_bytes

        data = {"format": "etown-trust", "format_version": 1,
                "keys": [k.as_json() for k in self.keys], "policy": self.policy,
                "seen": {p: {"sequence": s.sequence, "edition": s.edition,
                             "manifest_sha256": s.manifest_sha256} for p, s in self.seen.items()}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(self.path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
        log.info("trust settings written: %s", self.path)

    # -- keys --------------------------------------------------------------------------------
    def find(self, key_id: str) -> TrustedKey | None:
        for entry in self.keys:
            if entry.key.key_id == key_id:
                return entry
        return None

    def active(self) -> list[TrustedKey]:
        return [k for k in self.keys if k.state == ACTIVE]

    def any_trusted(self) -> bool:
        return bool(self.active())

    def add(self, key: PublicKey) -> TrustedKey:
        """Trust ``key``. The same key again: TrustError("already_trusted"), nothing changes."""
        existing = self.find(key.key_id)
        if existing is not None and existing.state == ACTIVE:
            raise TrustError("already_trusted", "already trusted", key=key.key_id,
                             publisher=existing.key.publisher)
        entry = TrustedKey(key, ACTIVE, now_iso(), now_iso())
        self.keys = [k for k in self.keys if k.key.key_id != key.key_id] + [entry]
        self.save()
        return entry

    def resolve(self, key_id: str) -> TrustedKey:
        """An active key by its id or a unique prefix of it (case-insensitive)."""
        wanted = key_id.strip().upper().replace("…", "")
        matches = [k for k in self.active() if wanted and k.key.key_id.startswith(wanted)]
        if len(matches) != 1:
            raise TrustError("no_such_key", "no such key", key=key_id)
        return matches[0]

    def remove(self, key_id: str) -> TrustedKey:
        """Stop trusting a key (kept as ``removed``, so a pack signed with it says so)."""
        entry = self.resolve(key_id)
        removed = replace(entry, state=REMOVED, changed=now_iso())
        self.keys = [removed if k is entry else k for k in self.keys]
        self.save()
        return removed

    def retire(self, key_id: str, successor: PublicKey) -> None:
        """A key change: ``key_id`` is retired and ``successor`` trusted in its place (in memory;
        the caller saves once everything else has been checked)."""
        now = now_iso()
        self.keys = [replace(k, state=RETIRED, changed=now) if k.key.key_id == key_id else k
                     for k in self.keys if k.key.key_id != successor.key_id]
        self.keys.append(TrustedKey(successor, ACTIVE, now, now))

    # -- policy and sequence numbers ---------------------------------------------------------
    def set_policy(self, policy: str | None) -> None:
        if policy is not None and policy not in POLICIES:
            raise ValueError(policy)
        self.policy = policy
        self.save()

    def record(self, publisher: str, seen: Seen) -> None:
        """Remember the newest pack of ``publisher`` (in memory; the caller saves)."""
        current = self.seen.get(publisher)
        if current is None or seen.sequence > current.sequence:
            self.seen[publisher] = seen
