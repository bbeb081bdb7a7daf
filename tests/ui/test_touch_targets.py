"""Every kiosk and presentation control is at least 48 × 48 px with space around it (issue 21 §4,
WCAG 2.5.8 asks 24 px; fingers at a booth need more), measured from the live widgets in every
state a visitor meets: the attract loop, browsing with a figure's source open, the contact form
with its on-screen keyboard, "Still there?", the staff PIN pad; the presentation's slides and the
presenter view. The smallest target is printed for the closing note (pytest -s)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from etown_desktop.ui import i18n
from etown_desktop.ui.accessibility.tree_walk import walk
from settle import pump

MIN_PX = 48
MIN_GAP_PX = 4  # two targets never touch: a finger between them does not hit both
SIZES = [(1366, 768), (1920, 1080)]


def _targets(top: QWidget) -> list[tuple[QWidget, QRect]]:
    """The controls a finger can hit, shown, in window coordinates; a control that holds others
    (the window itself, the slide, a tap-anywhere prompt) is a surface, not a target."""
    walked = [w.widget for w in walk(top) if w.widget.isVisible() and w.widget.isEnabled()]
    leaves = [w for w in walked if not any(o is not w and w.isAncestorOf(o) for o in walked)]
    return [(w, QRect(w.mapTo(top.window(), w.rect().topLeft()), w.size())) for w in leaves]


def _gap(a: QRect, b: QRect) -> int:
    """The free space between two rectangles (negative when they overlap)."""
    dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1)
    dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1)
    return max(dx, dy)


def _label(w: QWidget) -> str:
    return f"{type(w).__name__}#{w.objectName()} {w.accessibleName() or getattr(w, 'text', lambda: '')()!r}"


def _check(top: QWidget, state: str, smallest: dict) -> int:
    """``top``'s targets (an overlay's, when ``top`` is the card over a dimmed slide: what lies
    under the backdrop cannot be hit) measured in window coordinates."""
    targets = _targets(top)
    assert targets, state
    small = [f"{_label(w)} {r.width()}×{r.height()}" for w, r in targets
             if r.width() < MIN_PX or r.height() < MIN_PX]
    assert small == [], (state, small)
    crowded = [f"{_label(a)} / {_label(b)}: {_gap(ra, rb)} px" for i, (a, ra) in enumerate(targets)
               for b, rb in targets[i + 1:] if _gap(ra, rb) < MIN_GAP_PX]
    assert crowded == [], (state, crowded)
    for w, r in targets:
        side = min(r.width(), r.height())
        if side < smallest.get("px", 10**6):
            smallest.update(px=side, what=f"{state}: {_label(w)} {r.width()}×{r.height()}")
    return len(targets)


@pytest.fixture
def smallest():
    found: dict = {}
    yield found
    if found:
        print(f"\nsmallest touch target: {found['px']} px — {found['what']}")


@pytest.fixture
def lead_store(tmp_path):
    from etown_desktop.core.leads.my_card import MyCard, save_card
    from etown_desktop.core.leads.store import LeadStore

    staff = LeadStore(tmp_path / "leads.sqlite")
    staff.init_keys("booth passphrase")
    staff.add_event("Booth", kiosk_leads=True)
    save_card(staff, MyCard("E-Town booth", email="booth@example.cn"))
    staff.close()
    store = LeadStore(tmp_path / "leads.sqlite")
    yield store
    store.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_kiosk_control_is_48_px_with_space(qtbot, repo, app_settings, lead_store, smallest, size, lang):
    from etown_desktop.core.kiosk.pin import hash_pin
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui.kiosk.kiosk_session import KioskSession

    story = find_story(load_stories(repo.path), "zone")
    session = KioskSession(repo, story, hash_pin("2468"), lang, idle_s=90)
    w = session.window
    qtbot.addWidget(w)
    session.start()
    w.enable_contact_form(lead_store)
    w.setFixedSize(*size)  # the booth screen (the kiosk is full screen there)
    try:
        pump(3)
        counted = _check(w, "attract", smallest)
        QTest.mouseClick(w.next_button, Qt.MouseButton.LeftButton)  # the visit begins
        for index in range(session.deck.count):
            session.controller.go_to(index)
            pump(3)
            counted += _check(w, f"slide {index}", smallest)
        session.controller.go_to(next(i for i in range(session.deck.count) if session.deck.slide(i).cards))
        pump(3)
        QTest.mouseClick(session.deck.current_slide().cards[0], Qt.MouseButton.LeftButton)
        pump(3)
        assert w.source_card.isVisible()
        counted += _check(w.source_card, "a figure's source", smallest)  # over a backdrop
        QTest.mouseClick(w.source_card.close_button, Qt.MouseButton.LeftButton)
        w.open_contact_form()
        pump(3)
        assert w.contact_form.isVisible()
        counted += _check(w.contact_form, "contact form", smallest)
        QTest.mouseClick(w.contact_form.cancel_button, Qt.MouseButton.LeftButton)
        pump(3)
        session.still_there.start(20)
        pump(3)
        assert session.still_there.isVisible()
        counted += _check(session.still_there, "Still there?", smallest)  # covers the window
        QTest.mouseClick(session.still_there.continue_button, Qt.MouseButton.LeftButton)
        w.open_pin_pad()
        pump(3)
        assert w.pin_pad.isVisible()
        counted += _check(w.pin_pad, "PIN pad", smallest)
        assert counted >= 60, counted
    finally:
        session.stop()
        i18n.install_translator("en")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_presentation_control_is_48_px_with_space(qtbot, repo, settings_dir, smallest, size):
    from etown_desktop.core.stories.store import find_story, load_stories
    from etown_desktop.ui.presentation.presentation import Presentation
    from etown_desktop.ui.presentation.presenter_view import PresenterView

    p = Presentation(repo, find_story(load_stories(repo.path), "zone"), "en")
    qtbot.addWidget(p.audience)
    p.start()
    try:
        p.audience.setFixedSize(*size)
        counted = 0
        for index in range(p.deck.count):
            p.deck.go_to(index)
            pump(3)
            if _targets(p.audience):  # a title slide has nothing to tap
                counted += _check(p.audience, f"slide {index}", smallest)
        presenter = PresenterView(repo, p.controller)
        qtbot.addWidget(presenter)
        presenter.resize(*size)
        presenter.show()
        pump(3)
        counted += _check(presenter, "presenter view", smallest)
        assert counted >= 8, counted
    finally:
        p.stop()
