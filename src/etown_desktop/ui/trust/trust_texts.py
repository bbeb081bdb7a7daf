"""The signer and staleness wordings of the window (Qt translations; the exports and the command
line use core/trust/signers.py and core/editions/staleness.py in the language they are asked for)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from etown_desktop.core.trust.keys import short_key_id
from etown_desktop.core.trust.signers import Signer


def signer_text(signer: Signer | None) -> str:
    """'Signed by NAME · key 3F2A…' or 'Not signed'."""
    if signer is None:
        return QCoreApplication.translate("Trust", "Not signed")
    return (QCoreApplication.translate("Trust", "Signed by {publisher} · key {key}")
            .format(publisher=signer.publisher, key=short_key_id(signer.key_id)))


def staleness_text(months: int | None) -> str:
    """'Newest source is N months old', or '' when the newest source is within the limit."""
    if months is None:
        return ""
    return QCoreApplication.translate("Trust", "Newest source is {n} months old").format(n=months)


def signer_tooltip(signer: Signer | None) -> str:
    if signer is None:
        return QCoreApplication.translate(
            "Trust", "This edition carries no publisher's signature (bundled with the app, made "
                     "from a workbook, or an unsigned pack).")
    return (QCoreApplication.translate(
        "Trust", "Signed by {publisher} with key {key_id}, number {sequence}, on {created}.")
        .format(publisher=signer.publisher, key_id=signer.key_id, sequence=signer.sequence,
                created=signer.created[:10]))
