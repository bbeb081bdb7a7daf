"""The Qt user interface (PySide6 + pyqtgraph) on top of the Qt-free core."""

import sys

if "PySide6" in sys.modules:
    # Qt came first (a benchmark child, an embedding script): spare PySide6's source scan of the
    # modules imported from here on, as the app's entry points do (ui/feature_scan.py).
    from etown_desktop.ui.feature_scan import skip_feature_scan

    skip_feature_scan()
