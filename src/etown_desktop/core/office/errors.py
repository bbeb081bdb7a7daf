"""Expected failures of the office exports (one clear line in the CLI and the UI)."""

from __future__ import annotations

from etown_desktop.core.errors import ExportFailed


class TemplateInvalid(ExportFailed):
    """A --template file that cannot be used: not a .pptx, password-protected, damaged.

    ``rule`` names the problem so the CLI/UI can word it in the user's language."""

    def __init__(self, rule: str, message: str, path: str = "") -> None:
        super().__init__(message)
        self.rule = rule
        self.path = path
