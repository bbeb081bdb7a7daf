"""Offline visit counts of the kiosk and presentation modes: an anonymous local SQLite log in the
user's data folder (never the fact database) and the booth statistics read from it."""
