"""Menu helpers shared by the window's menus."""
