"""Which language the follow-up brief is made in: the lead's (the default), English, Chinese, or both
side by side — the GUI's counterpart of ``leads brief --brief-lang``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

BRIEF_LANGS = ("en", "zh", "both")


def choices(lead_lang: str) -> tuple[list[str], int]:
    """The texts offered, in BRIEF_LANGS order, and the index of the lead's language."""
    texts = [QCoreApplication.translate("BriefLangDialog", "English"),
             QCoreApplication.translate("BriefLangDialog", "Chinese (中文)"),
             QCoreApplication.translate("BriefLangDialog", "English and Chinese side by side")]
    current = BRIEF_LANGS.index(lead_lang) if lead_lang in ("en", "zh") else 0
    texts[current] = QCoreApplication.translate("BriefLangDialog", "{language} — the lead's language").format(
        language=texts[current])
    return texts, current


def ask_brief_lang(parent: QWidget | None, lead_lang: str) -> str | None:
    """"en", "zh" or "both"; None when cancelled."""
    texts, current = choices(lead_lang)
    text, ok = QInputDialog.getItem(parent, QCoreApplication.translate("BriefLangDialog", "Follow-up brief"),
                                    QCoreApplication.translate("BriefLangDialog", "Language of the brief:"),
                                    texts, current, False)
    if not ok or text not in texts:
        return None
    return BRIEF_LANGS[texts.index(text)]
