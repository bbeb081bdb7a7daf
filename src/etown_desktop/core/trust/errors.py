"""The trust checks' named failures. Each carries a rule and its parameters, so the CLI and the
app word it in the user's language (core/trust/messages.py)."""

from __future__ import annotations

from etown_desktop.core.errors import EtownError, ImportRejected


class TrustRejected(ImportRejected):
    """An edition file refused by the signature checks; nothing was changed."""

    def message(self, lang: str = "en") -> str:
        from etown_desktop.core.trust.messages import message

        return message(self.rule, self.params, lang) or str(self)


class TrustError(EtownError):
    """A key file, public key file or trust setting cannot be used (wrong passphrase …)."""

    def __init__(self, rule: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.rule = rule
        self.params = params

    def message(self, lang: str = "en") -> str:
        from etown_desktop.core.trust.messages import message

        return message(self.rule, self.params, lang) or str(self)
