"""Qt-free exports: atomic file writes and tabular formats (CSV, XLSX)."""
