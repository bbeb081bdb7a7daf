"""Network guard for the offline tests, loaded by Python at start-up from PYTHONPATH.

Every Python-level way to reach the network (socket connect/sendto, name lookups) is replaced by a
function that appends one line to ``$ETOWN_NETGUARD_LOG`` and raises ``OSError``: an attempt fails
loudly and is recorded even if the caller swallows the error. At exit the process also records
whether Qt's network library was ever loaded (``libQt6Network`` mapped into memory, or the
``PySide6.QtNetwork`` module imported): Qt's proxy lookup, font and update downloads all live there.
"""

from __future__ import annotations

import atexit
import os
import socket
import sys

LOG = os.environ.get("ETOWN_NETGUARD_LOG")


def _record(what: str) -> None:
    line = f"{os.getpid()} {what}\n"
    sys.stderr.write("NETGUARD: blocked " + line)
    if LOG:
        with open(LOG, "a", encoding="utf-8") as fh:
            fh.write(line)


def _blocked(name: str):
    def guard(*args, **kwargs):
        _record(f"{name}{args[1:] if name.startswith('socket.') else args!r}")
        raise OSError(f"network access blocked by the offline test: {name}")
    return guard


if LOG:
    for attr in ("connect", "connect_ex", "sendto", "sendmsg"):
        setattr(socket.socket, attr, _blocked(f"socket.{attr}"))
    for attr in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "getnameinfo"):
        setattr(socket, attr, _blocked(attr))

    @atexit.register
    def _report() -> None:
        loaded = []
        try:
            with open("/proc/self/maps", encoding="utf-8") as fh:
                maps = fh.read()
            loaded = sorted({line.rsplit("/", 1)[-1] for line in maps.splitlines()
                             if "libQt6Network" in line or "libcurl" in line})
        except OSError:
            pass
        if "PySide6.QtNetwork" in sys.modules:
            loaded.append("PySide6.QtNetwork")
        for name in loaded:
            _record(f"loaded {name}")
