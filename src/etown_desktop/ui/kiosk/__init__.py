"""The booth kiosk: locked full screen, touch browsing, PIN pad to leave, attract loop on idle."""
