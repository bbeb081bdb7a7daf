"""Booth kiosk rules that need no Qt: the staff PIN (salted scrypt hash) and the lockout delay."""
