"""Which editions this laptop accepts: ``signed-only`` or ``warn`` (unsigned accepted, said so).

Without a setting, ``warn`` until a key is trusted, then ``signed-only``. A kiosk laptop (one
with a staff PIN set) is always ``signed-only`` once any key is trusted, whatever the setting."""

from __future__ import annotations

from etown_desktop.core.trust.trust_store import TrustStore

SIGNED_ONLY, WARN = "signed-only", "warn"


def is_kiosk_laptop() -> bool:
    """A staff PIN is set: this laptop runs the booth kiosk."""
    from etown_desktop.core.kiosk.pin import pin_path

    try:
        return pin_path().read_text(encoding="ascii").startswith("scrypt$")
    except (OSError, UnicodeDecodeError):
        return False


def effective_policy(store: TrustStore, kiosk: bool | None = None) -> str:
    kiosk = is_kiosk_laptop() if kiosk is None else kiosk
    if store.any_trusted() and (kiosk or store.policy is None):
        return SIGNED_ONLY
    return store.policy or WARN
