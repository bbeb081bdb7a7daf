"""Signed editions on screen: who signed the edition shown, and how old its newest source is."""
