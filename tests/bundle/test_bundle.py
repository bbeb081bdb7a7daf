"""The standalone bundle: built from the spec in packaging/ and checked as a user would run it.

The folder is built once (tools/build_bundle.py with this interpreter), then MOVED to another path
before anything runs from it: nothing may depend on where it was built. Checks: ``--version``,
``db check``, ``export pack`` (manifest checksums verify; also with no network at all), a
screenshot of every tab, and a real window under Xvfb + openbox with the app icon, closed by the
window manager's close request. Skipped when PyInstaller is not installed (``pip install .[bundle]``).

Keep the build: ``ETOWN_BUNDLE_DIR=/some/folder`` (reused when it already holds a build);
keep the X screenshot: ``ETOWN_KEEP_BUNDLE_SHOT=/path.png``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from required_tools import require_tool, require_tools, unavailable
from waiting import wait_until

from etown_desktop import __version__
from etown_desktop.ui.tabs import TAB_REGISTRY

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
# Windows: the windowed exe has no console; its twin etown-desktop-cli.exe prints (see the spec).
EXE_NAME = "etown-desktop-cli.exe" if os.name == "nt" else "etown-desktop"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The built folder, moved away from where it was built; returns the executable.
    Skipped without PyInstaller (``pip install .[bundle]``); failed so under ETOWN_CI_STRICT=1."""
    if importlib.util.find_spec("PyInstaller") is None:
        unavailable("PyInstaller is not installed (pip install .[bundle])")
    keep = os.environ.get("ETOWN_BUNDLE_DIR")
    base = Path(keep) if keep else tmp_path_factory.mktemp("bundle")
    built = base / "dist" / "etown-desktop"
    moved = base / "moved to a new place" / "etown-desktop"
    if not (moved / EXE_NAME).exists():
        start = time.monotonic()
        result = subprocess.run(
            [sys.executable, str(ROOT / "tools" / "build_bundle.py"), "--python", sys.executable,
             "--dist", str(base / "dist"), "--work", str(base / "work")],
            capture_output=True, text=True, timeout=1200)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
        print(result.stdout, f"build took {time.monotonic() - start:.0f} s")
        shutil.rmtree(moved.parent, ignore_errors=True)
        moved.parent.mkdir(parents=True)
        shutil.move(str(built), str(moved))
    assert not built.exists()
    return moved / EXE_NAME


def frozen_env(tmp_path: Path) -> dict[str, str]:
    """A user's environment: no development overrides, fresh settings folders, offscreen."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ETOWN_DESKTOP_", "PYTHON")) and k not in ("VIRTUAL_ENV",)}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


def run(exe: Path, tmp_path: Path, *args: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([*(prefix or []), str(exe), *args], env=frozen_env(tmp_path), cwd=tmp_path,
                            capture_output=True, text=True, timeout=180)
    print(f"$ etown-desktop {' '.join(args)}\n{result.stdout}{result.stderr}")
    return result


BUNDLE_BUDGET_MB = 250


def test_bundle_size_and_contents(bundle):
    folder = bundle.parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {size / 1e6:.1f} MB unpacked")
    # measured on Linux: 198 MB, then 221 MB with the office exports (python-pptx, python-docx and
    # lxml, ~12 MB), the crypto of signed editions and leads (PyNaCl/libsodium, ~1.5 MB), QR codes
    # and the full-coverage Chinese font (+5 MB); then Pillow (the office files' pictures) and
    # openpyxl (the update workbooks), which the spec used to leave out
    budget = BUNDLE_BUDGET_MB * 1e6 if sys.platform.startswith("linux") else 340e6
    assert size < budget, f"{size / 1e6:.0f} MB: the bundle grew (budget: {budget / 1e6:.0f} MB)"
    internal = folder / "_internal" / "etown_desktop"
    for part in ("data/etown.db", "resources/fonts/NotoSansSC-Subset.otf",
                 "resources/translations/etown_zh.qm", "resources/icons/etown-desktop-32.png"):
        assert (internal / part).is_file(), part
    # Qt's own dialogs in Chinese (查找范围, 文件类型): the app loads PySide6's qtbase_zh_CN.qm
    assert [p for p in folder.rglob("qtbase_zh_CN.qm") if "translations" in p.parts], "qtbase_zh_CN.qm"
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"
    assert not [p for p in folder.rglob("*Qt*Network*") if "QtNetwork" in p.name or "Qt6Network" in p.name], \
        "Qt's network library is bundled"
    # Replaced by a stand-in (packaging/rthooks): the screenshots below prove pyqtgraph still draws.
    assert not [p for p in folder.rglob("QtOpenGL.*")], "the 9 MB QtOpenGL binding is bundled"


def test_version_and_db_check(bundle, tmp_path):
    version = run(bundle, tmp_path, "--version")
    assert version.returncode == 0
    assert version.stdout.startswith(f"etown-desktop {__version__} (database edition ")
    assert "unavailable" not in version.stdout
    check = run(bundle, tmp_path, "db", "check")
    assert check.returncode == 0 and "Result: OK" in check.stdout


def verify_pack(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist()) - {"manifest.json"}
        listed = {f["path"] for f in manifest["files"]}
        assert names == listed
        for entry in manifest["files"]:
            data = zf.read(entry["path"])
            assert len(data) == entry["bytes"] and hashlib.sha256(data).hexdigest() == entry["sha256"], entry
    return manifest


def test_export_pack_checksums_verify(bundle, tmp_path):
    result = run(bundle, tmp_path, "export", "pack", "-o", "pack.zip", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    manifest = verify_pack(tmp_path / "pack.zip")
    assert len(manifest["files"]) > 10
    assert any(f["path"].endswith(".pdf") for f in manifest["files"])


def test_office_exports_and_signing_work_frozen(bundle, tmp_path):
    """python-pptx/python-docx (with their templates) and PyNaCl are found in the bundle."""
    deck = run(bundle, tmp_path, "export", "story", "zone", "-o", "deck.pptx")
    assert deck.returncode == 0, deck.stderr
    table = run(bundle, tmp_path, "export", "table", "figures", "-o", "figures.docx")
    assert table.returncode == 0, table.stderr
    for name in ("deck.pptx", "figures.docx"):
        with zipfile.ZipFile(tmp_path / name) as z:
            assert z.testzip() is None and "[Content_Types].xml" in z.namelist(), name
    template = run(bundle, tmp_path, "data", "template", "-o", "update.xlsx")
    assert template.returncode == 0, template.stderr
    check = run(bundle, tmp_path, "data", "import", "update.xlsx", "--check")  # read back (openpyxl)
    assert check.returncode == 0, check.stdout + check.stderr
    status = run(bundle, tmp_path, "data", "status")
    assert status.returncode == 0 and "not signed" in status.stdout.lower(), status.stdout


def test_export_pack_without_any_network(bundle, tmp_path):
    unshare = require_tool("unshare")
    if subprocess.run([unshare, "--net", "true"], capture_output=True).returncode:
        unavailable("unshare --net is not available here (needs a network namespace)")
    result = run(bundle, tmp_path, "export", "pack", "-o", "pack.zip", prefix=[unshare, "--net"])
    assert result.returncode == 0, result.stderr
    verify_pack(tmp_path / "pack.zip")


@pytest.mark.parametrize("tab", [name for name, _, _ in TAB_REGISTRY])
def test_screenshot_of_every_tab(bundle, tmp_path, tab):
    from PIL import Image

    out = tmp_path / f"{tab}.png"
    result = run(bundle, tmp_path, "screenshot", "--tab", tab, "-o", str(out), "--size", "1366x768")
    assert result.returncode == 0, result.stderr
    with Image.open(out) as img:
        assert img.size == (1366, 768)
        colours = img.convert("RGB").resize((200, 120)).getcolors(maxcolors=100_000)
    assert colours is not None and len(colours) > 30, "the screenshot looks blank"
    assert "could not be shown" not in result.stderr


@pytest.mark.xvfb
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb and openbox: Linux only")
def test_real_window_with_icon_closes_on_window_manager_request(bundle, tmp_path):
    from x_session import XSession

    require_tools("xdotool", "wmctrl", "xprop", "import")
    session = XSession(tmp_path)
    try:
        env = session.env(frozen_env(tmp_path))
        env["QT_QPA_PLATFORM"] = "xcb"
        (tmp_path / "runtime").mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")
        proc = subprocess.Popen([str(bundle), "--lang", "en"], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            wid = session.wait_window(proc.pid)
            assert wid, "no window appeared"
            # Our PNG sizes, as the window manager reads them for the title bar and task bar.
            def icon_sizes() -> bool:
                icon = session.run("xprop", "-id", wid, "_NET_WM_ICON")
                return all(f"Icon ({s} x {s})" in icon for s in (16, 32, 48))

            wait_until(icon_sizes, timeout=30,
                       message=lambda: session.run("xprop", "-id", wid, "_NET_WM_ICON")[:300])
            shot = tmp_path / "screen.png"

            def painted() -> bool:  # the tabs are built after the first paint: a full picture
                session.run("import", "-window", "root", str(shot))
                return shot.is_file() and shot.stat().st_size > 10_000

            wait_until(painted, timeout=60, interval=0.5, message="the window never painted its tabs")
            if os.environ.get("ETOWN_KEEP_BUNDLE_SHOT"):
                shutil.copy(shot, os.environ["ETOWN_KEEP_BUNDLE_SHOT"])
            session.run("wmctrl", "-i", "-c", wid)  # what the title bar's close button sends
            code = proc.wait(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
            out, err = proc.communicate()
        assert code == 0, err[-3000:]
    finally:
        session.close()


@pytest.mark.xvfb
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb and openbox: Linux only")
def test_first_start_welcome_in_a_real_window(bundle, tmp_path):
    from x_session import check_first_start

    check_first_start([str(bundle)], frozen_env(tmp_path), tmp_path, shot="ETOWN_KEEP_WELCOME_SHOT")
