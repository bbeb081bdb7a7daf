"""Union-merge Qt Linguist .ts files after a git merge conflict on the translation source.

    python tools/merge_ts.py OUT.ts A.ts B.ts [C.ts ...]

Every finished translation of every input is kept, keyed by (context, source, comment); where two inputs
translate the same message differently, the first input wins and the clash is reported. Then run
``tools/update_translations.sh`` so lupdate drops what the code no longer uses and lrelease rebuilds the .qm.
Typical use in a conflicted merge:

    git show :2:resources/translations/etown_zh.ts > /tmp/ours.ts
    git show :3:resources/translations/etown_zh.ts > /tmp/theirs.ts
    python tools/merge_ts.py resources/translations/etown_zh.ts /tmp/ours.ts /tmp/theirs.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def _key(context: str, msg: ET.Element) -> tuple[str, str, str]:
    return context, msg.findtext("source") or "", msg.findtext("comment") or ""


def merge(paths: list[str]) -> tuple[ET.ElementTree, list[str]]:
    base = ET.parse(paths[0])
    root = base.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    known = {_key(name, m): m for name, c in contexts.items() for m in c.findall("message")}
    clashes: list[str] = []
    for path in paths[1:]:
        for ctx in ET.parse(path).getroot().findall("context"):
            name = ctx.findtext("name") or ""
            target = contexts.get(name)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = name
                contexts[name] = target
            for msg in ctx.findall("message"):
                key = _key(name, msg)
                mine = known.get(key)
                if mine is None:
                    target.append(msg)
                    known[key] = msg
                    continue
                a, b = mine.find("translation"), msg.find("translation")
                if b is None or b.get("type") == "unfinished" or not (b.text or "").strip():
                    continue
                if a is None or a.get("type") == "unfinished" or not (a.text or "").strip():
                    if a is not None:
                        mine.remove(a)
                    mine.append(b)
                elif (a.text or "") != (b.text or ""):
                    clashes.append(f"{name}: {key[1]!r}: kept {a.text!r}, dropped {b.text!r}")
    root[:] = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    return base, clashes


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        sys.stderr.write(__doc__ or "")
        return 2
    tree, clashes = merge(argv[1:])
    ET.indent(tree, space="    ")
    with open(argv[0], "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(tree.getroot(), encoding="unicode"))
        fh.write("\n")
    for line in clashes:
        sys.stderr.write(f"clash: {line}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
