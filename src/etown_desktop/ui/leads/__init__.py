"""Leads in the main window: quick capture (Ctrl+L), the Leads list dock, unlock/lock, events."""
