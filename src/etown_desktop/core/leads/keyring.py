"""The lead store's key pair (PyNaCl / libsodium; no hand-made cryptography).

- Personal fields are sealed with the store's X25519 **public** key (``SealedBox``): anyone holding
  the store file — the unattended kiosk included — can add a lead, nobody can read one back.
- The **private** key is kept encrypted with the staff passphrase: Argon2id (``pwhash.argon2id``,
  interactive limits, a random salt) derives a key for a ``SecretBox`` (XSalsa20-Poly1305).
  Unlocking decrypts it into memory for this run; locking or quitting forgets it.
- Changing the passphrase re-encrypts the private key only; the leads are untouched.
- A forgotten passphrase cannot be recovered: the leads are gone with it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from etown_desktop.core.leads.errors import LeadDataTampered, PassphraseRejected, WrongPassphrase

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class SealedKey:
    """The private key as stored: salt and Argon2id limits, then the SecretBox message."""

    public_key: bytes
    salt: bytes
    opslimit: int
    memlimit: int
    sealed_private: bytes


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    if repeated is not None and passphrase != repeated:
        raise PassphraseRejected("The two passphrases differ; nothing was changed.")
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseRejected(f"The passphrase needs at least {MIN_PASSPHRASE} characters.")


def _box_key(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    from nacl import pwhash, secret

    return pwhash.argon2id.kdf(secret.SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt,
                               opslimit=opslimit, memlimit=memlimit)


def _seal_private(private: bytes, passphrase: str) -> SealedKey:
    from nacl import public, pwhash, secret, utils

    salt = utils.random(pwhash.argon2id.SALTBYTES)
    ops, mem = pwhash.argon2id.OPSLIMIT_INTERACTIVE, pwhash.argon2id.MEMLIMIT_INTERACTIVE
    box = secret.SecretBox(_box_key(passphrase, salt, ops, mem))
    pub = bytes(public.PrivateKey(private).public_key)
    return SealedKey(pub, salt, ops, mem, bytes(box.encrypt(private)))


def new_key_pair(passphrase: str) -> SealedKey:
    from nacl import public

    check_new_passphrase(passphrase)
    return _seal_private(bytes(public.PrivateKey.generate()), passphrase)


def open_private(sealed: SealedKey, passphrase: str) -> bytes:
    """The private key's bytes, or WrongPassphrase / LeadDataTampered."""
    from nacl import exceptions, public, secret

    box = secret.SecretBox(_box_key(passphrase, sealed.salt, sealed.opslimit, sealed.memlimit))
    try:
        private = box.decrypt(sealed.sealed_private)
    except exceptions.CryptoError as exc:
        # Poly1305 cannot tell a wrong passphrase from an altered key record; the former is likelier.
        raise WrongPassphrase("Wrong passphrase: the leads stay locked.") from exc
    if bytes(public.PrivateKey(private).public_key) != sealed.public_key:
        raise LeadDataTampered("The stored public key does not belong to the private key: the key "
                               "record was altered. Leads written since may not be readable.")
    return private


def reseal(sealed: SealedKey, old: str, new: str) -> SealedKey:
    check_new_passphrase(new)
    return _seal_private(open_private(sealed, old), new)


class Sealer:
    """Seals with the public key; opens only when given the private key."""

    def __init__(self, public_key: bytes, private_key: bytes | None = None) -> None:
        from nacl import public

        self._seal = public.SealedBox(public.PublicKey(public_key))
        self._open = public.SealedBox(public.PrivateKey(private_key)) if private_key else None

    @property
    def can_open(self) -> bool:
        return self._open is not None

    def seal(self, data: bytes) -> bytes:
        return bytes(self._seal.encrypt(data))

    def open(self, data: bytes) -> bytes:
        from nacl import exceptions

        if self._open is None:
            from etown_desktop.core.leads.errors import LeadsLocked

            raise LeadsLocked("The leads are locked: unlock them with the staff passphrase.")
        try:
            return self._open.decrypt(bytes(data))
        except exceptions.CryptoError as exc:
            raise LeadDataTampered("A lead's sealed fields were altered on disk; it is not shown.") from exc
