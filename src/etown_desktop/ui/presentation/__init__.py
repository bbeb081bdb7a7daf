"""Presentation mode: full-screen slides of a story, presenter controls, a presenter view."""
