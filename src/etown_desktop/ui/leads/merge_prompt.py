"""The merge prompt: a new lead looks like one of the event's leads (same email, or same name and
company). Merge it into that lead, keep both, or go back to the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

MERGE, KEEP_BOTH, CANCEL = "merge", "both", "cancel"


def merge_box(parent: QWidget | None, new_name: str, existing: str) -> tuple[QMessageBox, dict]:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MergePrompt", "Same person?"))
    box.setText(QCoreApplication.translate("MergePrompt", "{new} looks like a lead of this event: {existing} (same email, or same name and company).")
                .format(new=new_name, existing=existing))
    box.setInformativeText(QCoreApplication.translate("MergePrompt", "Merge fills the existing lead's empty fields and keeps both consent records."))
    buttons = {box.addButton(QCoreApplication.translate("MergePrompt", "&Merge into it"), QMessageBox.ButtonRole.AcceptRole): MERGE,
               box.addButton(QCoreApplication.translate("MergePrompt", "&Keep both"), QMessageBox.ButtonRole.DestructiveRole): KEEP_BOTH,
               box.addButton(QCoreApplication.translate("MergePrompt", "Back to the form"), QMessageBox.ButtonRole.RejectRole): CANCEL}
    box.setDefaultButton(next(b for b, v in buttons.items() if v == MERGE))
    return box, buttons


def ask_merge(parent: QWidget | None, new_name: str, existing: str) -> str:
    box, buttons = merge_box(parent, new_name, existing)
    box.exec()
    return buttons.get(box.clickedButton(), CANCEL)
