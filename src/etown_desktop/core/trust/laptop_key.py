"""The bureau's signing key on this laptop, if it holds one: a ``*.key`` file (core/trust/key_file)
in the ``signing`` folder of the user's data folder. The app's Data → Export edition… signs with
it (asking for its passphrase), as ``data export --sign KEY`` does on the command line; a laptop
without one exports unsigned editions and says so."""

from __future__ import annotations

from pathlib import Path

from etown_desktop.core.editions.paths import user_data_folder

SIGNING_FOLDER = "signing"


def signing_key_folder() -> Path:
    """Where a publishing laptop keeps the bureau's ``publisher.key`` (not created here)."""
    return user_data_folder() / SIGNING_FOLDER


def laptop_signing_key() -> Path | None:
    """The signing key this laptop holds (the newest ``*.key`` after a key change), or None."""
    folder = signing_key_folder()
    try:
        keys = [p for p in folder.glob("*.key") if p.is_file()]
    except OSError:
        return None
    return max(keys, key=lambda p: (p.stat().st_mtime, p.name)) if keys else None
