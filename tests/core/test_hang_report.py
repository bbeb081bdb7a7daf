"""A test that hangs leaves its C stack in the log (tests/hang_report.py): CI's last word on a
hang inside Qt was one Python line ("disconnect"), which could not say what Qt was waiting for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.requires_tools("gdb")
@pytest.mark.timeout(90)
def test_a_hung_test_prints_its_c_stack_before_the_timeout_ends_the_run(tmp_path):
    (tmp_path / "conftest.py").write_text(
        f"import sys\nsys.path.insert(0, {str(TESTS)!r})\n"
        "import pytest\n\n\n"
        "@pytest.hookimpl(wrapper=True)\n"
        "def pytest_runtest_protocol(item, nextitem):\n"
        "    import hang_report\n"
        "    watch = hang_report.start(item)\n"
        "    try:\n"
        "        return (yield)\n"
        "    finally:\n"
        "        if watch is not None:\n"
        "            watch.cancel()\n", encoding="utf-8")
    (tmp_path / "test_stuck.py").write_text(
        "import time\n\nimport pytest\n\n\n"
        "@pytest.mark.timeout(20)\n"
        "def test_stuck_in_c():\n"
        "    time.sleep(60)  # a C call that does not come back\n\n\n"
        "def test_in_time():\n"
        "    pass\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "-p", "no:cacheprovider", "-q",
         "-o", "timeout_method=thread", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=80, check=False)
    err = result.stderr
    assert result.returncode != 0
    assert "C stack of test_stuck.py::test_stuck_in_c" in err, err[-2000:]
    stack = err.split("C stack of", 1)[1].split("---- end of C stack", 1)[0]
    assert "sleep" in stack  # the C function the test is stuck in (clock_nanosleep / select)
    assert "Timeout" in result.stdout + err  # pytest-timeout's own report still follows
    assert "test_in_time" not in stack
