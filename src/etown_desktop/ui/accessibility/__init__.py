"""Screen-reader names, keyboard focus and contrast checks for the widgets of the app."""

# Set (True) on custom clickable widgets: cards, charts (read by tree_walk.is_interactive). Kept
# here so that naming a widget does not import tree_walk's widget classes (each PySide6 class
# imported builds its enums: startup time before the first paint).
INTERACTIVE_PROPERTY = "etownInteractive"
