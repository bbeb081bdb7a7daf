"""Sign an edition pack: the manifest of every file with its size and SHA-256, the publisher's
signature over the manifest's exact bytes, and the publisher's key changes (if any).

    pair = open_key(Path("publisher.key"), passphrase)
    write_pack(edition, edition_id, out, sign=pack_signer(pair, Path("publisher.key")))
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from etown_desktop.core.db import schema
from etown_desktop.core.trust import manifest as mf
from etown_desktop.core.trust.key_file import KeyPair, next_sequence
from etown_desktop.core.trust.keys import now_iso

Signer = Callable[[dict[str, bytes], str], dict[str, bytes]]


def chain_path(key_path: Path) -> Path:
    """The publisher's key changes, kept beside the key they lead to."""
    return Path(key_path).with_suffix(".keychain")


def sign_files(pair: KeyPair, files: dict[str, bytes], edition: str, sequence: int,
               chain: bytes | None = None, created: str | None = None) -> dict[str, bytes]:
    """The signature entries to add to a pack holding ``files``."""
    manifest = mf.Manifest(pair.public.publisher, pair.public.key_id, edition, sequence,
                           created or now_iso(), schema.SCHEMA_VERSION, mf.file_entries(files))
    raw = manifest.to_bytes()
    out = {mf.MANIFEST: raw, mf.SIGNATURE: mf.signature_bytes(pair.public.key_id, pair.sign(raw))}
    if chain:
        out[mf.KEYS] = chain
    return out


def pack_signer(pair: KeyPair, key_path: Path) -> Signer:
    """For ``write_pack(sign=…)``: takes the next sequence number kept beside the key file (one
    more per signed export, even if the export then fails) and the key's change chain."""
    key_path = Path(key_path)

    def sign(files: dict[str, bytes], edition: str) -> dict[str, bytes]:
        sequence = next_sequence(key_path)
        chain_file = chain_path(key_path)
        chain = chain_file.read_bytes() if chain_file.is_file() else None
        return sign_files(pair, files, edition, sequence, chain)

    return sign
