"""The signature checks of an import (core/trust), run before a file is read or unpacked.

An edition pack is checked by :func:`etown_desktop.core.trust.verify.check_pack`; an Excel
workbook carries no signature, so it is an unsigned edition (accepted under ``warn`` only).
After the pack has been read and staged, the edition id computed from its contents must be the
one its signed manifest names (a manifest taken from another edition is refused)."""

from __future__ import annotations

from pathlib import Path

from etown_desktop.core.trust.trust_store import TrustStore
from etown_desktop.core.trust.verify import PackTrust, check_pack, check_unsigned


def check_before_reading(path: Path, pack_suffixes: tuple[str, ...], *,
                         trust: TrustStore | None = None, kiosk: bool | None = None,
                         allow_older: bool = False) -> PackTrust:
    path = Path(path)
    if not path.is_file():  # the reader says "does not exist" as before
        return PackTrust(None, "", trust or TrustStore())
    if path.suffix.lower() in pack_suffixes:
        return check_pack(path, trust, kiosk=kiosk, allow_older=allow_older)
    return check_unsigned(path.name, trust if trust is not None else TrustStore(), kiosk)


def check_contents(result: PackTrust, edition_id: str, name: str) -> None:
    """The staged contents are the edition the signed manifest names."""
    from etown_desktop.core.trust.errors import TrustRejected

    if result.signer is not None and result.signer.edition != edition_id:
        raise TrustRejected("mix_and_match", f"{name}: manifest of another edition", name=name,
                            signed=result.signer.edition, found=edition_id)
