"""Data → Export edition… signs the pack when this laptop holds the bureau's signing key
(core/trust/laptop_key.py), with the same core function as ``data export --sign``
(core/trust/sign.pack_signer); otherwise the export says clearly that the edition is unsigned."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from etown_desktop.core.trust.errors import TrustError
from etown_desktop.core.trust.laptop_key import laptop_signing_key, signing_key_folder
from etown_desktop.ui.i18n import current_language

log = logging.getLogger(__name__)


@dataclass
class ExportSigning:
    """How the export is signed: ``sign`` for write_pack (None: unsigned), or cancelled."""

    sign: object | None = None
    key_path: Path | None = None
    publisher: str = ""
    key_id: str = ""
    cancelled: bool = False


def signing_for_export(parent: QWidget | None) -> ExportSigning:
    """Ask for the signing key's passphrase when the laptop holds a key (retry on a wrong one)."""
    key_path = laptop_signing_key()
    if key_path is None:
        return ExportSigning()
    from etown_desktop.core.trust.key_file import open_key
    from etown_desktop.core.trust.sign import pack_signer

    prompt = QCoreApplication.translate("EditionSigning", "This laptop holds the signing key {name}. Its passphrase, to sign the edition:").format(
        name=key_path.name)
    while True:
        passphrase, ok = QInputDialog.getText(parent, QCoreApplication.translate("EditionSigning", "Sign the edition"), prompt,
                                              QLineEdit.EchoMode.Password)
        if not ok:
            return ExportSigning(cancelled=True)
        try:
            pair = open_key(key_path, passphrase)
        except TrustError as exc:
            log.info("edition not signed: %s", exc)
            QMessageBox.warning(parent, QCoreApplication.translate("EditionSigning", "Sign the edition"), exc.message(current_language()))
            if exc.rule == "wrong_passphrase":
                continue
            return ExportSigning(cancelled=True)
        return ExportSigning(pack_signer(pair, key_path), key_path, pair.public.publisher, pair.public.key_id)


def report_export(parent: QWidget | None, out: Path, signing: ExportSigning) -> str:
    """The status line after the export; an unsigned export also says so in a message box."""
    if signing.sign is not None:
        from etown_desktop.core.trust.key_file import read_sequence

        return QCoreApplication.translate("EditionSigning", "Exported {path}, signed by {publisher} (key {key_id}, number {sequence}).").format(
            path=out, publisher=signing.publisher, key_id=signing.key_id,
            sequence=read_sequence(signing.key_path))
    QMessageBox.information(parent, QCoreApplication.translate("EditionSigning", "Edition not signed"), QCoreApplication.translate("EditionSigning", 
        "{path} is not signed: this laptop holds no signing key. Laptops that accept only signed "
        "editions will refuse it. To sign exports, put the bureau's signing key (.key file) in "
        "{folder}.").format(path=out, folder=signing_key_folder()))
    return QCoreApplication.translate("EditionSigning", "Exported {path} (not signed).").format(path=out)
