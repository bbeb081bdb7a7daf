"""The staff PIN that ends the kiosk: stored salted and hashed with scrypt, never in plain text."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from etown_desktop.core.errors import PinInvalid, PinNotSet
from etown_desktop.core.export.atomic import write_bytes

log = logging.getLogger(__name__)

PIN_FILE = "kiosk-pin"
PIN_PATTERN = re.compile(r"^[0-9]{4,12}$")
# scrypt cost: n=2**14, r=8, p=1 (~16 MB, ~50 ms): slow for guessing, quick for one check.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
SALT_BYTES = 16


def pin_path() -> Path:
    from etown_desktop.core.user_folders import user_config_dir

    return user_config_dir() / PIN_FILE


def check_pin_format(pin: str) -> str:
    pin = pin.strip()
    if not PIN_PATTERN.match(pin):
        raise PinInvalid("The PIN must be 4 to 12 digits (0-9).")
    return pin


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib  # OpenSSL: loaded when a PIN is checked, not while the kiosk starts

    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024,
                          dklen=32)


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """'scrypt$n$r$p$salt-hex$hash-hex' for a valid PIN."""
    pin = check_pin_format(pin)
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches the stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.strip().split("$")
        if scheme != "scrypt":
            return False
        candidate = _scrypt(pin.strip(), bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, UnicodeEncodeError):
        return False
    import hmac

    return hmac.compare_digest(candidate, bytes.fromhex(digest))


def save_pin(pin: str, path: Path | None = None) -> Path:
    """Store the hash of ``pin`` (atomically; only the owner may read the file)."""
    path = Path(path) if path is not None else pin_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(path, (hash_pin(pin) + "\n").encode("ascii"))
    try:
        path.chmod(0o600)
    except OSError:  # pragma: no cover - e.g. a file system without permissions
        log.warning("Could not restrict the permissions of %s", path)
    return path


def load_pin_hash(path: Path | None = None) -> str:
    path = Path(path) if path is not None else pin_path()
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    if not text.startswith("scrypt$"):
        raise PinNotSet("No kiosk PIN is set. Set one first: etown-desktop kiosk --set-pin "
                        "(it reads the PIN from standard input).")
    return text
