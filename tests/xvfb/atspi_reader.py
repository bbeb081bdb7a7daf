"""Read another process's accessible tree over AT-SPI, as Orca does (issue 21 §1).

Run with the SYSTEM Python (Debian's python3-pyatspi is built for /usr/bin/python3, not for the
project's virtual environment)::

    /usr/bin/python3 atspi_reader.py PID OUT.json

Finds the application with process id PID on the AT-SPI desktop and writes every accessible
object under it (role, name, description, depth, its parent's role and name, and a button's action names) to OUT.json, with
the applications that were registered. Exit code 0 when PID's application was found, 3 when it
was not (yet) registered. No project import: this runs outside the project's environment.
"""

from __future__ import annotations

import json
import sys

MAX_NODES = 20_000  # a guard against a cyclic or runaway tree; the main window has about 2,000


def _text(read) -> str:
    try:
        return read() or ""
    except Exception as exc:  # noqa: BLE001 - an object that went away while being read
        return f"<error: {exc}>"


def _actions(node) -> list[str]:
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    except Exception:  # noqa: BLE001 - no Action interface
        return []
    return [action.getName(i) for i in range(action.nActions)]


def walk(root) -> list[dict]:
    nodes: list[dict] = []
    stack = [(root, 0, "")]
    while stack and len(nodes) < MAX_NODES:
        node, depth, parent = stack.pop()
        if node is None:
            continue
        role = _text(node.getRoleName)
        entry = {"role": role, "name": _text(lambda: node.name), "depth": depth, "parent": parent,
                 "description": _text(lambda: node.description)}
        if role == "push button":
            entry["actions"] = _actions(node)
        nodes.append(entry)
        try:
            children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        except Exception as exc:  # noqa: BLE001
            entry["error"] = str(exc)
            continue
        where = f"{role} {entry['name'][:60]!r}"
        stack.extend((child, depth + 1, where) for child in reversed(children))
    return nodes


def main(argv: list[str]) -> int:
    import pyatspi

    pid, out = int(argv[1]), argv[2]
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    listed = []
    found = None
    for app in apps:
        if app is None:
            continue
        try:
            app_pid = app.get_process_id()
        except Exception:  # noqa: BLE001 - an application that just quit
            continue
        listed.append([_text(lambda: app.name), app_pid])
        if app_pid == pid:
            found = app
    result = {"applications": listed, "nodes": walk(found) if found is not None else []}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)
    return 0 if found is not None else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv))
