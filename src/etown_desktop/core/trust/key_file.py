"""The publisher's key files: ``publisher.key`` (the private key, encrypted), ``publisher.pub``
(the public half, JSON) and ``publisher.sequence`` (the number of the last signed export).

The private key is encrypted with a key derived from the passphrase by Argon2id (libsodium's
``pwhash.argon2id``: 3 passes over 128 MB, about 1 s here; between libsodium's "interactive"
and "moderate" limits, stored in the file so they can grow) and sealed with XSalsa20-Poly1305
(``SecretBox``). The unencrypted key is only ever in memory; the file is useless without the
passphrase, and a wrong passphrase is told apart from a damaged file by the box's MAC."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from etown_desktop.core.export.atomic import write_bytes
from etown_desktop.core.trust.errors import TrustError
from etown_desktop.core.trust.keys import PublicKey, b64, key_id_of, now_iso, unb64

log = logging.getLogger(__name__)

KEY_FORMAT = "etown-publisher-key"
PUB_FORMAT = "etown-publisher-public-key"
MIN_PASSPHRASE = 8
KDF_OPS, KDF_MEM = 3, 128 * 1024 * 1024
SEED_BYTES = 32


@dataclass(frozen=True)
class KeyPair:
    """An opened key: the Ed25519 signing key (in memory only) and its public record."""

    signing_key: object  # nacl.signing.SigningKey
    public: PublicKey

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message).signature


def check_passphrase(passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise TrustError("short_passphrase", "passphrase too short", min=MIN_PASSPHRASE)
    return passphrase.encode("utf-8")


def _derive(passphrase: bytes, salt: bytes, ops: int, mem: int) -> bytes:
    from nacl import pwhash, secret

    return pwhash.argon2id.kdf(secret.SecretBox.KEY_SIZE, passphrase, salt, opslimit=ops,
                               memlimit=mem)


def new_key(publisher: str, version: int = 1) -> KeyPair:
    from nacl.signing import SigningKey

    publisher = publisher.strip()
    if not publisher:
        raise TrustError("no_publisher", "no publisher name")
    signing = SigningKey.generate()
    raw = bytes(signing.verify_key)
    return KeyPair(signing, PublicKey(publisher, key_id_of(raw), raw, now_iso(), version))


def encrypt_key(pair: KeyPair, passphrase: str, ops: int | None = None,
                mem: int | None = None) -> bytes:
    """The key file's bytes: the seed sealed with the passphrase, the public record in clear."""
    from nacl import pwhash, secret, utils

    secret_bytes = check_passphrase(passphrase)
    ops = KDF_OPS if ops is None else ops
    mem = KDF_MEM if mem is None else mem
    salt = utils.random(pwhash.argon2id.SALTBYTES)
    box = secret.SecretBox(_derive(secret_bytes, salt, ops, mem))
    sealed = box.encrypt(bytes(pair.signing_key))  # nonce + ciphertext + MAC
    data = {"format": KEY_FORMAT, "format_version": 1, **pair.public.as_json(),
            "kdf": {"name": "argon2id", "opslimit": ops, "memlimit": mem, "salt": b64(salt)},
            "sealed_key": b64(bytes(sealed))}
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def _write_new(path: Path, data: bytes, private: bool) -> None:
    if path.exists():
        raise TrustError("file_exists", "file exists", name=path.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(path, data)
    if private:
        try:
            path.chmod(0o600)
        except OSError:  # pragma: no cover - a file system without permissions
            log.warning("Could not restrict the permissions of %s", path)


def pub_path(key_path: Path) -> Path:
    return Path(key_path).with_suffix(".pub")


def sequence_path(key_path: Path) -> Path:
    return Path(key_path).with_suffix(".sequence")


def write_key_files(pair: KeyPair, passphrase: str, key_path: Path, **kdf) -> tuple[Path, Path]:
    """Write ``publisher.key`` (encrypted) and ``publisher.pub`` beside it; never overwrites."""
    key_path = Path(key_path)
    pub = pub_path(key_path)
    for path in (key_path, pub):
        if path.exists():
            raise TrustError("file_exists", "file exists", name=path.name)
    sealed = encrypt_key(pair, passphrase, **kdf)  # before anything is written
    _write_new(key_path, sealed, private=True)
    _write_new(pub, public_key_bytes(pair.public), private=False)
    return key_path, pub


def public_key_bytes(public: PublicKey) -> bytes:
    data = {"format": PUB_FORMAT, **public.as_json()}
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def _json_file(path: Path, rule: str, expected_format: str) -> dict:
    path = Path(path)
    try:
        if path.stat().st_size > 1 << 20:
            raise ValueError("the file is too large")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise TrustError(rule, str(exc), name=path.name, detail=str(exc)) from exc
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise TrustError(rule, "wrong format", name=path.name, detail="wrong format")
    return data


def read_public_key(path: Path) -> PublicKey:
    data = _json_file(path, "bad_pub_file", PUB_FORMAT)
    try:
        return PublicKey.from_json(data)
    except ValueError as exc:
        raise TrustError("bad_pub_file", str(exc), name=Path(path).name, detail=str(exc)) from exc


def read_key_public(path: Path) -> PublicKey:
    """The public record stored in clear in a private key file (no passphrase needed)."""
    data = _json_file(path, "bad_key_file", KEY_FORMAT)
    try:
        return PublicKey.from_json(data)
    except ValueError as exc:
        raise TrustError("bad_key_file", str(exc), name=Path(path).name, detail=str(exc)) from exc


def open_key(path: Path, passphrase: str) -> KeyPair:
    """The key pair in ``path``; TrustError("wrong_passphrase") when the passphrase is wrong."""
    from nacl.exceptions import CryptoError
    from nacl.secret import SecretBox
    from nacl.signing import SigningKey

    path = Path(path)
    data = _json_file(path, "bad_key_file", KEY_FORMAT)
    try:
        public = PublicKey.from_json(data)
        kdf = data["kdf"]
        if kdf.get("name") != "argon2id":
            raise ValueError(f"unknown key derivation {kdf.get('name')!r}")
        salt = unb64(kdf["salt"])
        ops, mem = int(kdf["opslimit"]), int(kdf["memlimit"])
        if not (1 <= ops <= 20 and 8 << 10 <= mem <= 2 << 30):
            raise ValueError("key derivation limits out of range")
        sealed = unb64(data["sealed_key"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TrustError("bad_key_file", str(exc), name=path.name, detail=str(exc)) from exc
    try:
        box = SecretBox(_derive(passphrase.encode("utf-8"), salt, ops, mem))
        seed = box.decrypt(sealed)
    except CryptoError as exc:
        raise TrustError("wrong_passphrase", "wrong passphrase", name=path.name) from exc
    except (ValueError, TypeError) as exc:  # limits out of range etc.
        raise TrustError("bad_key_file", str(exc), name=path.name, detail=str(exc)) from exc
    signing = SigningKey(seed)
    if bytes(signing.verify_key) != public.public_key:
        raise TrustError("bad_key_file", "public key does not match", name=path.name,
                         detail="the public key in the file does not match the private key")
    return KeyPair(signing, public)


def next_sequence(key_path: Path) -> int:
    """One more than the last signed export's number, written back at once (kept beside the key
    file: every signed export of this publisher gets a larger number than the one before)."""
    path = sequence_path(key_path)
    last = read_sequence(key_path)
    number = last + 1
    write_bytes(path, json.dumps({"sequence": number}).encode("ascii"))
    return number


def read_sequence(key_path: Path) -> int:
    path = sequence_path(key_path)
    try:
        value = json.loads(path.read_text(encoding="ascii")).get("sequence", 0)
        return int(value) if isinstance(value, int) and value >= 0 else 0
    except (OSError, ValueError, AttributeError):
        if path.exists():
            raise TrustError("bad_key_file", "sequence unreadable", name=path.name,
                             detail="the sequence number cannot be read") from None
        return 0


def set_sequence_at_least(key_path: Path, number: int) -> None:
    """After a key change the new key continues the old key's numbers."""
    if read_sequence(key_path) < number:
        write_bytes(sequence_path(key_path), json.dumps({"sequence": number}).encode("ascii"))


def remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
