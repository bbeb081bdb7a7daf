"""Screen-reader names, keyboard focus and contrast checks for the widgets of the app."""
