"""Ed25519 publisher keys (PyNaCl): key ids, the public half as a record, sign and verify.

A key id is the first 16 hex digits of the SHA-256 of the raw 32-byte public key, upper case
("3F2A91C07B5E12D4"); it names a key, the public key itself is what verifies."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from dataclasses import dataclass

KEY_ID_DIGITS = 16
SIGNATURE_BYTES = 64
PUBLIC_KEY_BYTES = 32


def key_id_of(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:KEY_ID_DIGITS].upper()


def short_key_id(key_id: str) -> str:
    """'3F2A…' as the status bar and footers show it."""
    return f"{key_id[:4]}…"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes:
    """Strict base64; ValueError if it is not base64 or not ``size`` bytes long."""
    if not isinstance(text, str):
        raise ValueError("not a text value")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError(f"not base64 ({exc})") from exc
    if size is not None and len(data) != size:
        raise ValueError(f"{len(data)} bytes instead of {size}")
    return data


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class PublicKey:
    """A publisher's public key: who, which key, the key itself, since when, and its version in
    the publisher's chain of keys (1 for the first, +1 at each rotation)."""

    publisher: str
    key_id: str
    public_key: bytes
    created: str
    version: int = 1

    def as_json(self) -> dict:
        return {"publisher": self.publisher, "key_id": self.key_id,
                "public_key": b64(self.public_key), "created": self.created,
                "version": self.version}

    @classmethod
    def from_json(cls, data: object) -> PublicKey:
        """The record in ``data``; ValueError when anything is missing or inconsistent."""
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        publisher = data.get("publisher")
        if not isinstance(publisher, str) or not publisher.strip():
            raise ValueError("no publisher name")
        key = unb64(data.get("public_key"), PUBLIC_KEY_BYTES)
        key_id = data.get("key_id")
        if key_id != key_id_of(key):
            raise ValueError("the key id does not belong to the public key")
        version = data.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ValueError("bad key version")
        return cls(publisher.strip(), key_id, key, str(data.get("created", "")), version)


def verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True when ``signature`` is ``public_key``'s Ed25519 signature of ``message``."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(public_key).verify(message, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True
