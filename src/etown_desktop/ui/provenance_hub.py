"""One object every view shares to say "show the provenance of this figure"."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ProvenanceHub(QObject):
    """Views call :meth:`show_figure` on click/hover; the provenance panel listens."""

    figureActivated = Signal(str)  # figure id, e.g. "F001"
    statementActivated = Signal(object)  # a provenance_statement.Statement (a reform, a zone …)

    def show_figure(self, figure_id: str) -> None:
        if figure_id:
            self.figureActivated.emit(figure_id)

    def show_statement(self, statement: object) -> None:
        """Provenance of something that is not a figure (see ``provenance_statement``)."""
        self.statementActivated.emit(statement)
