"""The suite's rule for missing tools (tests/required_tools.py): skipped on a developer's machine,
a failure where CI sets ETOWN_CI_STRICT=1 — so a CI run cannot pass by quietly testing less."""

from __future__ import annotations

import sys

import pytest
from required_tools import STRICT_ENV, check_markers, require_module, require_tool

ABSENT = "etown-no-such-tool-xyz"


def test_a_missing_tool_is_a_skip_that_names_it(monkeypatch):
    monkeypatch.delenv(STRICT_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match=ABSENT):
        require_tool(ABSENT)
    with pytest.raises(pytest.skip.Exception, match="pdftotext is not installed \\(Debian: poppler-utils\\)"):
        monkeypatch.setenv("PATH", "")
        require_tool("pdftotext")


@pytest.mark.parametrize("value", ["1", "yes"])
def test_under_strict_a_missing_tool_or_package_fails(monkeypatch, value):
    monkeypatch.setenv(STRICT_ENV, value)
    with pytest.raises(pytest.fail.Exception, match=ABSENT):
        require_tool(ABSENT)
    with pytest.raises(pytest.fail.Exception, match="etown_no_such_module"):
        require_module("etown_no_such_module")


def test_strict_off_when_unset_or_zero_and_present_tools_pass(monkeypatch):
    monkeypatch.setenv(STRICT_ENV, "0")
    with pytest.raises(pytest.skip.Exception):
        require_tool(ABSENT)
    monkeypatch.setenv(STRICT_ENV, "1")
    assert require_tool("python3" if sys.platform != "win32" else "python")
    assert require_module("json").dumps([]) == "[]"


class _Item:
    """What the marker check reads of a collected test."""

    def __init__(self, *tools: str) -> None:
        self.marks = [pytest.mark.requires_tools(*tools).mark]

    def iter_markers(self, name: str):
        return iter(self.marks if name == "requires_tools" else [])


def test_the_requires_tools_marker_uses_the_same_rule(monkeypatch):
    monkeypatch.delenv(STRICT_ENV, raising=False)
    check_markers(_Item("python3"))
    with pytest.raises(pytest.skip.Exception, match=ABSENT):
        check_markers(_Item("python3", ABSENT))
    monkeypatch.setenv(STRICT_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match=ABSENT):
        check_markers(_Item(ABSENT))


def test_daemons_outside_path_and_system_python_modules_name_their_package(monkeypatch):
    """The AT-SPI test's needs (issue 21): a daemon in /usr/libexec, a module of Debian's python3."""
    import required_tools

    monkeypatch.delenv(STRICT_ENV, raising=False)
    monkeypatch.setattr(required_tools, "LIBEXEC_DIRS", ())
    monkeypatch.setenv("PATH", "")
    with pytest.raises(pytest.skip.Exception, match="at-spi-bus-launcher is not installed \\(Debian: at-spi2-core\\)"):
        required_tools.require_libexec("at-spi-bus-launcher")
    monkeypatch.setitem(required_tools.SYSTEM_PYTHON_PACKAGES, "etown_no_such_module", "python3-etown-nothing")
    monkeypatch.setattr(required_tools, "SYSTEM_PYTHON", sys.executable)
    with pytest.raises(pytest.skip.Exception, match="cannot import etown_no_such_module \\(Debian: python3-etown-nothing\\)"):
        required_tools.require_system_python_module("etown_no_such_module")
    monkeypatch.setenv(STRICT_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="python3-etown-nothing"):
        required_tools.require_system_python_module("etown_no_such_module")
    assert required_tools.require_system_python_module("json") == sys.executable
