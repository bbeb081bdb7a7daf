"""The main window's entries for events: present (F5), language, the booth report."""
