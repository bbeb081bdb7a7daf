"""Fixtures of the real-window tests."""

from __future__ import annotations

import pytest
from required_tools import require_tool
from x_session import XSession


@pytest.fixture
def laptop_desktop(tmp_path):
    """Xvfb and openbox at a laptop's 1366x768, with xdotool for real key presses."""
    require_tool("xdotool")
    session = XSession(tmp_path, size=(1366, 768))
    yield session
    session.close()
