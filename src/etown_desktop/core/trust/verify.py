"""Check an edition pack's signature before anything in it is unpacked.

Order (each step refuses the whole pack with one named reason, and nothing is changed):
 1. the ZIP's directory passes the hostile-ZIP checks (core/editions/safezip.py; nothing is
    unpacked to read a directory);
 2. no manifest and no signature: unsigned — accepted only under the ``warn`` policy;
 3. key changes the pack carries are applied to a copy of the trust settings, each only when it
    is signed by the current and the next key (core/trust/rotation.py);
 4. the signature is checked over the manifest's exact bytes with an active trusted key;
 5. only then is the manifest parsed: same key and publisher, a schema this app reads, a
    sequence number above the highest seen from that publisher;
 6. every ZIP entry is in the manifest with the same size and SHA-256, and nothing else is there.
The caller then reads the pack as before (checksums, migration, the one validation) and, once
the import is applied, :meth:`PackTrust.commit` records the sequence number and the signer."""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from etown_desktop.core.db import schema
from etown_desktop.core.trust import manifest as mf
from etown_desktop.core.trust.errors import TrustRejected
from etown_desktop.core.trust.keys import PublicKey, verify
from etown_desktop.core.trust.policy import SIGNED_ONLY, effective_policy
from etown_desktop.core.trust.rotation import holds, parse_statement, read_chain
from etown_desktop.core.trust.signers import Signer, record_signer, signer_of
from etown_desktop.core.trust.trust_store import ACTIVE, REMOVED, RETIRED, Seen, TrustStore

log = logging.getLogger(__name__)


@dataclass
class PackTrust:
    """What the signature check found; :meth:`commit` makes it count once the import is done."""

    signer: Signer | None  # None: not signed
    policy: str
    store: TrustStore
    allowed_older: bool = False  # accepted only because staff passed --allow-older
    rotated: list[str] = field(default_factory=list)  # key ids retired by the pack's key changes
    moves: list[tuple[str, PublicKey]] = field(default_factory=list)  # (retired id, successor)

    def commit(self, edition: str, data_root: Path | None = None) -> None:
        """Remember the sequence number and key changes; record who signed ``edition``."""
        if self.signer is None:
            return
        s = self.signer
        seen = Seen(s.sequence, edition, s.manifest_sha256)
        signer = Signer(s.publisher, s.key_id, s.sequence, s.created, edition, s.manifest_sha256)
        if self.store.seen.get(s.publisher) == seen and not self.rotated and \
                signer_of(edition, data_root) == signer:
            return  # the same signed pack again: nothing to write
        current = TrustStore(self.store.path)  # as it is now (staff may have changed it since)
        for retired, successor in self.moves:
            if current.find(retired) is not None and current.find(retired).state == ACTIVE:
                current.retire(retired, successor)
        current.record(s.publisher, seen)
        current.save()
        self.store = current
        record_signer(signer, data_root)
        log.info("edition %s signed by %s (key %s, number %s)", edition, s.publisher, s.key_id,
                 s.sequence)


def _reject(rule: str, name: str, **params) -> TrustRejected:
    return TrustRejected(rule, f"{name}: {rule} {params}", name=name, **params)


def _read_small(zf: zipfile.ZipFile, entry: str, limit: int, name: str) -> bytes:
    from etown_desktop.core.editions.safezip import read_entry

    if zf.getinfo(entry).file_size > limit:
        raise _reject("garbled_signature", name, detail=f"{entry} is too large")
    return read_entry(zf, entry, name)


def check_unsigned(name: str, store: TrustStore, kiosk: bool | None = None) -> PackTrust:
    policy = effective_policy(store, kiosk)
    if policy == SIGNED_ONLY:
        raise _reject("unsigned", name)
    log.warning("%s is not signed; accepted under the warn policy", name)
    return PackTrust(None, policy, store)


def check_pack(path: Path, store: TrustStore | None = None, *, kiosk: bool | None = None,
               allow_older: bool = False) -> PackTrust:
    from etown_desktop.core.editions.safezip import open_safe_zip

    path = Path(path)
    name = path.name
    store = copy.deepcopy(store) if store is not None else TrustStore()
    with open_safe_zip(path) as zf:
        names = set(zf.namelist())
        has_manifest, has_sig = mf.MANIFEST in names, mf.SIGNATURE in names
        if not has_manifest and not has_sig:
            return check_unsigned(name, store, kiosk)
        if not (has_manifest and has_sig):
            missing = mf.SIGNATURE if has_manifest else mf.MANIFEST
            raise _reject("garbled_signature", name, detail=f"{missing} is missing")
        try:
            key_id, signature = mf.parse_signature(
                _read_small(zf, mf.SIGNATURE, mf.MAX_SIGNATURE_BYTES, name))
        except ValueError as exc:
            raise _reject("garbled_signature", name, detail=str(exc)) from exc
        raw = _read_small(zf, mf.MANIFEST, mf.MAX_MANIFEST_BYTES, name)
        moves = _apply_key_changes(zf, names, store, name)
        entry = _signing_key(store, key_id, name)
        if not verify(entry.key.public_key, raw, signature):
            raise _reject("bad_signature", name)
        try:  # parsed only now that its bytes are known to be the publisher's
            manifest = mf.parse_manifest(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise _reject("bad_manifest", name, detail=str(exc)) from exc
        if manifest.key_id != key_id or manifest.publisher != entry.key.publisher:
            raise _reject("publisher_mismatch", name, claimed=manifest.publisher, key=key_id,
                          publisher=entry.key.publisher)
        if manifest.schema_version > schema.SCHEMA_VERSION:
            raise _reject("newer_manifest", name, found=manifest.schema_version,
                          supported=schema.SCHEMA_VERSION)
        digest = hashlib.sha256(raw).hexdigest()
        older = _is_older(store, manifest, digest)
        if older is not None and not allow_older:
            raise _reject("rollback", name, sequence=manifest.sequence,
                          publisher=manifest.publisher, highest=older)
        _check_entries(zf, names, manifest, name)
    signer = Signer(manifest.publisher, key_id, manifest.sequence, manifest.created,
                    manifest.edition, digest)
    return PackTrust(signer, effective_policy(store, kiosk), store, older is not None,
                     [old for old, _new in moves], moves)


def _signing_key(store: TrustStore, key_id: str, name: str):
    entry = store.find(key_id)
    if entry is None:
        raise _reject("unknown_key", name, key=key_id)
    if entry.state == REMOVED:
        raise _reject("removed_key", name, key=key_id, publisher=entry.key.publisher)
    if entry.state == RETIRED:
        raise _reject("retired_key", name, key=key_id, publisher=entry.key.publisher)
    assert entry.state == ACTIVE
    return entry


def _is_older(store: TrustStore, manifest: mf.Manifest, digest: str) -> int | None:
    """The highest number seen when this pack is a rollback or a replay, else None. The very same
    signed pack again is neither (re-importing the active edition stays a no-op)."""
    seen = store.seen.get(manifest.publisher)
    if seen is None:
        return None
    if manifest.sequence > seen.sequence:
        return None
    if manifest.sequence == seen.sequence and digest == seen.manifest_sha256:
        return None
    return seen.sequence


def _apply_key_changes(zf: zipfile.ZipFile, names: set[str], store: TrustStore,
                       name: str) -> list[tuple[str, PublicKey]]:
    """Apply the key changes the pack carries to ``store`` (a copy): (retired id, successor)."""
    if mf.KEYS not in names:
        return []
    try:
        items = read_chain(_read_small(zf, mf.KEYS, mf.MAX_MANIFEST_BYTES, name))
        changes = sorted((parse_statement(i) for i in items), key=lambda c: c.version)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _reject("bad_rotation", name, publisher="?", detail=str(exc)) from exc
    retired = []
    for change in changes:
        current = [k for k in store.active() if k.key.publisher == change.publisher]
        if not current:
            continue  # a publisher this laptop does not trust: a statement cannot create trust
        trusted = max(current, key=lambda k: k.key.version)
        if change.version <= trusted.key.version:
            continue  # already applied here (an older link of the chain)
        reason = holds(change, trusted.key)
        if reason is not None:
            raise _reject("bad_rotation", name, publisher=change.publisher, detail=reason)
        store.retire(trusted.key.key_id, change.next_key)
        retired.append((trusted.key.key_id, change.next_key))
        log.info("key change for %s: %s -> %s", change.publisher, trusted.key.key_id,
                 change.next_key.key_id)
    return retired


def _check_entries(zf: zipfile.ZipFile, names: set[str], manifest: mf.Manifest,
                   name: str) -> None:
    from etown_desktop.core.editions.safezip import read_entry

    listed = manifest.by_path()
    present = names - set(mf.SIGNATURE_ENTRIES)
    if present != set(listed):
        _mix_and_match(zf, manifest, name)
    for entry in sorted(present - set(listed)):
        raise _reject("file_added", name, entry=entry)
    for entry in sorted(set(listed) - present):
        raise _reject("file_removed", name, entry=entry)
    for path, expected in sorted(listed.items()):
        data = read_entry(zf, path, name) if zf.getinfo(path).file_size == expected.size else None
        if data is None or len(data) != expected.size or \
                hashlib.sha256(data).hexdigest() != expected.sha256:
            _mix_and_match(zf, manifest, name)
            raise _reject("file_changed", name, entry=path)
    _mix_and_match(zf, manifest, name)


def _mix_and_match(zf: zipfile.ZipFile, manifest: mf.Manifest, name: str) -> None:
    """The pack's own description names another edition than the signed manifest."""
    from etown_desktop.core.editions.pack import DESCRIPTOR
    from etown_desktop.core.editions.safezip import read_entry

    try:
        found = json.loads(read_entry(zf, DESCRIPTOR, name).decode("utf-8")).get("edition")
    except (KeyError, ValueError, AttributeError):
        return
    if isinstance(found, str) and found != manifest.edition:
        raise _reject("mix_and_match", name, signed=manifest.edition, found=found)
