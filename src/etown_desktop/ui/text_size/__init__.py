"""View → Text size: 100 % to 200 % (Ctrl+Plus / Ctrl+Minus / Ctrl+0), persisted, applied live.

- :mod:`state`: the text size in use and ``pt()``, which every point size the app sets goes through;
- :mod:`fonts`: fonts that follow the text size live (``sized_font``);
- :mod:`apply`: the start-up load and the live change (app font, stylesheet, every window);
- :mod:`docks`: dock titles drawn in the dock's font in use (Qt keeps the one it was made with);
- :mod:`menu`: the View → Text size menu and its shortcuts.

The steps and the parsing of a stored value are Qt-free: core/accessibility/text_size.py.
"""

from etown_desktop.ui.text_size.state import factor, percent, pt

__all__ = ["factor", "percent", "pt"]
