"""Fitting the window to the screens it meets: minimum size, restored geometry, tab titles, audits."""
