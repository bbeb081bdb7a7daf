""""My card": the staffer's or the bureau's contact as a QR code (segno) holding a short vCard 3.0.

Only N, FN, ORG, TITLE, TEL, EMAIL and URL are written: phones' camera apps read short vCard 3.0
reliably, while vCard 4.0 and long payloads garble on some iOS and Android scanners. (N is kept
because vCard 3.0 requires it; it repeats the name.) The card is kept in the lead store's settings."""

from __future__ import annotations

import io
from dataclasses import dataclass, fields

from etown_desktop.core.leads.vcard import vcard

MAX_PAYLOAD = 300  # bytes; longer cards make dense codes that phones misread


@dataclass(frozen=True)
class MyCard:
    name: str = ""
    org: str = ""
    title: str = ""
    tel: str = ""
    email: str = ""
    url: str = ""

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


def card_text(card: MyCard) -> str:
    # FN is the name as typed; N repeats it as the family part (no guess at how to split it).
    return vcard(family=card.name, org=card.org, title=card.title, tel=card.tel, email=card.email, url=card.url)


def load_card(store) -> MyCard:
    return MyCard(**{f.name: store.setting(f"card_{f.name}") for f in fields(MyCard)})


def save_card(store, card: MyCard) -> None:
    for f in fields(MyCard):
        store.set_setting(f"card_{f.name}", getattr(card, f.name).strip())


def _qr(card: MyCard):
    import segno

    payload = card_text(card)
    if len(payload.encode("utf-8")) > MAX_PAYLOAD:
        from etown_desktop.core.leads.errors import LeadInvalid

        raise LeadInvalid(f"The card is too long for a QR code phones read reliably "
                          f"({len(payload.encode('utf-8'))} bytes; at most {MAX_PAYLOAD}). Shorten it.")
    return segno.make(payload, error="m", micro=False)


def qr_png(card: MyCard, scale: int = 8) -> bytes:
    buf = io.BytesIO()
    _qr(card).save(buf, kind="png", scale=scale, border=4)
    return buf.getvalue()


def qr_svg(card: MyCard, scale: int = 8) -> bytes:
    buf = io.BytesIO()
    _qr(card).save(buf, kind="svg", scale=scale, border=4, xmldecl=False, svgns=True)
    return buf.getvalue()
