"""The Data menu: import an update, export the edition, the editions dialog, the data folder."""
