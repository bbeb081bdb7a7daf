"""Qt-free core: the fact database, queries, formatting and file exports.

Nothing in this package may import PySide6, shiboken6 or pyqtgraph (enforced by import-linter).
"""
