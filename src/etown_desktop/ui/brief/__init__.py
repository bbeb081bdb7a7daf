"""The meeting brief in the window: panel, "Add to brief" actions, PDF/print export."""
