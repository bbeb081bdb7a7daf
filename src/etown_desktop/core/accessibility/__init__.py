"""Qt-free accessibility rules: what a screen reader says for a figure or a chart, and WCAG contrast."""
