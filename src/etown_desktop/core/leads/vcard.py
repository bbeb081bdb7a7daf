"""vCard 3.0 (RFC 2426) text, UTF-8: what phones import reliably (4.0 and long payloads garble)."""

from __future__ import annotations


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at ``limit`` octets without splitting a UTF-8 character."""
    out, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def vcard(*, family: str = "", given: str = "", org: str = "", title: str = "", tel: str = "",
          email: str = "", url: str = "", note: str = "", fn: str = "") -> str:
    fn = fn or " ".join(p for p in (given, family) if p) or org
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{escape(family)};{escape(given)};;;", f"FN:{escape(fn)}"]
    if org:
        lines.append(f"ORG:{escape(org)}")
    if title:
        lines.append(f"TITLE:{escape(title)}")
    if tel:
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape(tel)}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(email)}")
    if url:
        lines.append(f"URL:{escape(url)}")
    if note:
        lines.append(f"NOTE:{escape(note)}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)
