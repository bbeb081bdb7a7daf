"""Colour schemes of the app (light, dark, high contrast), without Qt: the contrast test reads
them with plain pytest; ui/theme.py applies them, ui/appearance switches between them."""
