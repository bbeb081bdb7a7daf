"""Entry script of the frozen app (PyInstaller): the same ``main`` as the installed commands."""

from __future__ import annotations

import sys

from etown_desktop.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
