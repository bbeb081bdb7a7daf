"""Key changes without a server (TUF's rule for a new root): a ``keys`` statement names the
publisher, the version of the publisher's key chain, the current key id and the next key; it is
signed by the current key AND by the next key. A laptop moves its trust from the current key to
the next only when both signatures hold with two different keys, the current key is the one it
trusts for that publisher, and the version is exactly one more than the trusted key's.

A statement file holds the whole chain (every change from the first key on); a pack signed by the
newest key carries it, so a laptop that trusts any earlier key in the chain catches up."""

from __future__ import annotations

import json
from dataclasses import dataclass

from etown_desktop.core.trust.keys import PUBLIC_KEY_BYTES, PublicKey, b64, key_id_of, unb64

FORMAT = "etown-keys"


@dataclass(frozen=True)
class KeyChange:
    """One statement: its exact signed bytes, what they say, and the signatures over them."""

    raw: bytes
    publisher: str
    version: int  # the next key's version
    current_key_id: str
    next_key: PublicKey
    signatures: tuple[tuple[str, bytes], ...]  # (key id, signature)


def make_statement(current, nxt) -> dict:
    """A statement moving from KeyPair ``current`` to KeyPair ``nxt``, signed by both."""
    if current.public.key_id == nxt.public.key_id:
        from etown_desktop.core.trust.errors import TrustError

        raise TrustError("same_key", "the next key is the current key")
    body = {"format": FORMAT, "publisher": current.public.publisher,
            "version": nxt.public.version, "current_key_id": current.public.key_id,
            "next_key": nxt.public.as_json()}
    raw = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return {"statement": raw.decode("utf-8"),
            "signatures": [{"key_id": k.public.key_id, "signature": b64(k.sign(raw))}
                           for k in (current, nxt)]}


def chain_bytes(statements: list[dict]) -> bytes:
    return json.dumps({"format": FORMAT + "-chain", "changes": statements}, indent=1,
                      ensure_ascii=False).encode("utf-8")


def read_chain(data: bytes) -> list[dict]:
    """The statements of a chain file; ValueError when it is not one."""
    body = json.loads(data.decode("utf-8"))
    if not isinstance(body, dict) or body.get("format") != FORMAT + "-chain" or \
            not isinstance(body.get("changes"), list):
        raise ValueError("not a key change file")
    return body["changes"]


def parse_statement(item: object) -> KeyChange:
    """The statement in one chain item; ValueError when malformed (signatures not checked)."""
    if not isinstance(item, dict) or not isinstance(item.get("statement"), str):
        raise ValueError("not a key change statement")
    raw = item["statement"].encode("utf-8")
    body = json.loads(raw.decode("utf-8"))
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ValueError("not a key change statement")
    nxt = PublicKey.from_json(body.get("next_key"))
    version = body.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version != nxt.version:
        raise ValueError("bad version")
    if body.get("publisher") != nxt.publisher:
        raise ValueError("the next key belongs to another publisher")
    sigs = []
    for s in item.get("signatures") or []:
        if not isinstance(s, dict) or not isinstance(s.get("key_id"), str):
            raise ValueError("bad signature entry")
        sigs.append((s["key_id"].upper(), unb64(s.get("signature"), 64)))
    current = body.get("current_key_id")
    if not isinstance(current, str):
        raise ValueError("no current key id")
    return KeyChange(raw, nxt.publisher, version, current.upper(), nxt, tuple(sigs))


def signed_by(change: KeyChange, key: PublicKey) -> bool:
    """One valid signature of ``change`` by ``key`` (however often that key is listed)."""
    from etown_desktop.core.trust.keys import verify

    return any(kid == key.key_id and verify(key.public_key, change.raw, sig)
               for kid, sig in change.signatures)


def holds(change: KeyChange, current: PublicKey) -> str | None:
    """None when ``change`` validly moves trust from ``current``; else why not (English)."""
    if change.current_key_id != current.key_id:
        return "it does not start from the trusted key"
    if change.version != current.version + 1:
        return f"version {change.version} does not follow {current.version}"
    nxt = change.next_key
    if len(nxt.public_key) != PUBLIC_KEY_BYTES or key_id_of(nxt.public_key) == current.key_id:
        return "the next key is the current key"  # the same key never counts twice
    if not signed_by(change, current):
        return "no valid signature by the current key"
    if not signed_by(change, nxt):
        return "no valid signature by the next key"
    return None
