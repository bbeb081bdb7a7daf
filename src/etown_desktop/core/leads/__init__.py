"""Leads met at events: a local, encrypted lead store with consent records (Qt-free).

The store is its own SQLite file in the user's data folder (``leads.sqlite``), never the fact
database and never part of an edition or investor pack. Personal fields are sealed with the
store's public key (:mod:`.keyring`), so a kiosk can add leads that it cannot read back."""
