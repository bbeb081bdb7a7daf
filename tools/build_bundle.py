"""Build the standalone app (PyInstaller one-folder, windowed) and zip it.

    python tools/build_bundle.py                 # or: tools/build_bundle.sh
    python tools/build_bundle.py --python .venv/bin/python --no-zip

Without ``--python`` a private build environment ``.venv-bundle`` is created (first run) and the
app is installed into it from this checkout with the ``[bundle]`` extra (PyInstaller), as a
regular, non-editable install: the bundle then contains exactly what a user's ``pip install .``
gets. With ``--python`` the given interpreter is used as it is (it needs ``.[bundle]``).

Output: ``dist/etown-desktop/`` (run ``dist/etown-desktop/etown-desktop``) and
``dist/etown-desktop-VERSION-PLATFORM.zip``; the unpacked and zipped sizes are printed.
Works the same on Linux, Windows and macOS.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "etown-desktop.spec"
NAME = "etown-desktop"


def version() -> str:
    text = (ROOT / "src" / "etown_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    return match.group(1) if match else "0"


def build_env() -> Path:
    """The private build environment, created and filled on first use."""
    venv = ROOT / ".venv-bundle"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, "--upgrade", f"{ROOT}[bundle]"], check=True)
    # The checkout as it is now, even when its version number did not change since the last build.
    subprocess.run([*pip, "--force-reinstall", "--no-deps", str(ROOT)], check=True)
    return python


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_zip(folder: Path, out: Path) -> Path:
    """Zip the folder (symlinks kept as links: macOS frameworks need them)."""
    tmp = out.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(folder.rglob("*")):
            arc = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(arc)
                info.create_system = 3
                info.external_attr = (0o120777 << 16)
                zf.writestr(info, os.readlink(path))
            elif path.is_file():
                zf.write(path, arc)
    tmp.replace(out)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", help="interpreter that has .[bundle] installed (default: .venv-bundle)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-zip", action="store_true")
    args = parser.parse_args()
    python = args.python or str(build_env())
    start = time.monotonic()
    subprocess.run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(args.dist), "--workpath", str(args.work), str(SPEC)],
                   check=True, cwd=ROOT)
    folder = args.dist / NAME
    print(f"Built {folder} in {time.monotonic() - start:.0f} s: "
          f"{folder_size(folder) / 1e6:.1f} MB unpacked")
    if not args.no_zip:
        machine = platform.machine().lower() or "unknown"
        out = args.dist / f"{NAME}-{version()}-{sys.platform}-{machine}.zip"
        make_zip(folder, out)
        print(f"Zipped {out}: {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
