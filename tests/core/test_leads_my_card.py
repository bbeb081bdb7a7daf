"""'My card': the QR code decodes (zxing-cpp) back to the same short vCard 3.0."""

from __future__ import annotations

import io

import pytest
import vobject
import zxingcpp
from PIL import Image

from etown_desktop.core.leads.errors import LeadInvalid
from etown_desktop.core.leads.my_card import MyCard, card_text, load_card, qr_png, save_card

CARDS = [
    MyCard("Li Wei", "Beijing E-Town Investment Service Centre", "Investment manager", "+86 10 6788 0000",
           "li.wei@example.cn", "https://example.cn"),
    MyCard("王小明", "北京经济技术开发区", "招商经理", "+86 10 1234 5678", "wang@example.cn"),
]


@pytest.mark.parametrize("card", CARDS)
def test_the_qr_code_decodes_to_the_vcard(card):
    image = Image.open(io.BytesIO(qr_png(card)))
    (found,) = zxingcpp.read_barcodes(image)
    assert found.format == zxingcpp.BarcodeFormat.QRCode
    assert found.text == card_text(card)
    parsed = vobject.readOne(found.text)
    assert parsed.version.value == "3.0" and parsed.fn.value == card.name
    assert parsed.email.value == card.email and parsed.org.value == [card.org]
    names = {c.name for c in parsed.getChildren()}
    assert names <= {"VERSION", "N", "FN", "ORG", "TITLE", "TEL", "EMAIL", "URL"}


def test_a_card_too_long_for_phones_is_refused():
    with pytest.raises(LeadInvalid, match="too long"):
        qr_png(MyCard("A" * 100, "B" * 100, "C" * 100))


def test_the_card_is_kept_in_the_store_settings(tmp_path):
    from leads_helpers import new_store

    store = new_store(tmp_path)
    save_card(store, CARDS[1])
    assert load_card(store) == CARDS[1]
