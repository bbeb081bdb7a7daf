"""Qt's own dialog texts that PySide6's ``qtbase_zh_CN.qm`` does not translate.

Qt 6.11 changed a few of QFileDialog's labels ("Look in:" became "&Look in:") and the Chinese
catalogue PySide6 ships still has only the old ones, so the file dialog said "Look in:" and
"Files of type:" in a Chinese interface. They are listed here in Qt's own contexts so that
``tools/update_translations.sh`` puts them into our catalogue, which Qt asks after its own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
