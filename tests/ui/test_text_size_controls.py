"""View → Text size reaches the parts Qt sizes by itself: dock titles after a live change, and
check-box and radio-button indicators (issue 21 §3, WCAG 1.4.4)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from etown_desktop.ui.text_size.apply import set_text_size
from settle import pump


@pytest.fixture
def app_look(qapp):
    """The app's own look (Fusion, its stylesheet); back at 100 % after the test."""
    from etown_desktop.ui import theme

    theme.apply_theme(qapp, dark=False)
    yield qapp
    set_text_size(100)


def _ink_rows(image: QImage, left: int, right: int, top: int, bottom: int) -> tuple[int, int]:
    """The first and last rows of ``image`` between ``left``..``right`` with a dark pixel (text)."""
    rows = [y for y in range(top, bottom)
            if any(QColor(image.pixel(x, y)).lightness() < 110 for x in range(left, right))]
    return (rows[0], rows[-1]) if rows else (0, -1)


def _title_ink_px(dock) -> int:
    """The height of the title's first letter ("S" of "Source …"), read from the dock's pixels:
    the columns of the title bar's first character in the dock's font at the size in use."""
    from PySide6.QtGui import QFontMetrics

    image = dock.grab().toImage()
    dpr = image.devicePixelRatio()
    bar_bottom = dock.widget().geometry().top()
    # where the text starts: the first dark column of the title bar
    first_x = next(x for x in range(image.width())
                   if any(QColor(image.pixel(x, y)).lightness() < 110
                          for y in range(int(bar_bottom * dpr))))
    letter = QFontMetrics(dock.font()).horizontalAdvance(dock.windowTitle()[:1]) * dpr
    first, last = _ink_rows(image, first_x, int(first_x + letter * 0.8), 0, int(bar_bottom * dpr))
    return round((last - first + 1) / dpr)


def test_dock_titles_follow_a_live_text_size_change(app_look, open_main_window):
    """The source panel's title grows with View → Text size while the app runs (Qt keeps the
    font a dock was made with for its title), as much as a window started at 200 % shows it."""
    window = open_main_window((1366, 768))
    dock = window.provenance_dock
    assert dock.isVisible()
    pump(4, deletes=True)
    at_100 = _title_ink_px(dock)
    window.text_size_menu.set_size(200)
    pump(4, deletes=True)
    at_200 = _title_ink_px(dock)
    assert at_100 > 5
    assert at_200 >= 1.7 * at_100, (at_100, at_200)
    window.text_size_menu.set_size(100)  # and back
    pump(4, deletes=True)
    assert abs(_title_ink_px(dock) - at_100) <= 1


def _indicator(widget: QWidget, element: QStyle.SubElement):
    option = QStyleOptionButton()
    option.initFrom(widget)
    option.text = widget.text()
    return widget.style().subElementRect(element, option, widget)


def _drawn_indicator_px(widget: QWidget) -> int:
    """The width of what is drawn left of the text (the indicator's own pixels)."""
    image = widget.grab().toImage()
    background = QColor(image.pixel(image.width() - 1, 0))
    text_left = widget.style().subElementRect(
        QStyle.SubElement.SE_CheckBoxContents if isinstance(widget, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonContents, _option(widget), widget).left()
    dpr = image.devicePixelRatio()
    columns = [x for x in range(int(text_left * dpr))
               if any(QColor(image.pixel(x, y)) != background for y in range(image.height()))]
    return round((columns[-1] - columns[0] + 1) / dpr) if columns else 0


def _option(widget):
    option = QStyleOptionButton()
    option.initFrom(widget)
    option.text = widget.text()
    return option


@pytest.mark.parametrize("cls, element", [
    (QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator),
    (QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator),
])
def test_check_and_radio_indicators_grow_with_the_text(app_look, qtbot, cls, element):
    """At 200 % text the indicator is twice as large as at 100 % — measured by the style (its
    rectangle) and in the pixels drawn — on a widget made before the change and one made after."""
    from PySide6.QtWidgets import QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    before = cls("I agree to be contacted", box)
    before.setChecked(True)
    layout.addWidget(before)
    box.show()
    pump(4, deletes=True)
    rect_100 = _indicator(before, element)
    drawn_100 = _drawn_indicator_px(before)
    set_text_size(200)
    pump(4, deletes=True)
    after = cls("I agree to be contacted", box)
    after.setChecked(True)
    layout.addWidget(after)
    pump(4, deletes=True)
    for widget in (before, after):
        rect = _indicator(widget, element)
        assert rect.width() >= 1.9 * rect_100.width() and rect.height() >= 1.9 * rect_100.height()
        assert _drawn_indicator_px(widget) >= 1.7 * drawn_100
        # the indicator fits the widget (nothing cut at the top or bottom)
        assert rect.height() <= widget.height()
    set_text_size(100)
    pump(4, deletes=True)
    assert _indicator(before, element).size() == rect_100.size()



def _close_button_ink_px(dock) -> tuple[int, int]:
    """The close button's size and the height of its drawn glyph, read from its pixels: the rows
    whose colour differs from the button's background (its corner) by more than a faint edge."""
    from PySide6.QtWidgets import QAbstractButton

    button = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    assert button is not None and button.isVisible()
    image = button.grab().toImage()
    dpr = image.devicePixelRatio()
    background = QColor(image.pixel(0, 0)).lightness()
    rows = [y for y in range(image.height())
            if any(abs(QColor(image.pixel(x, y)).lightness() - background) > 60 for x in range(image.width()))]
    glyph = round((rows[-1] - rows[0] + 1) / dpr) if rows else 0
    return button.height(), glyph


def test_the_dock_close_button_grows_with_the_text(app_look, open_main_window, qtbot, repo, app_settings):
    """The source panel's close button (Qt sizes it from the style's icon size, not a font) is
    drawn larger at 200 % text: after a live change, back at 100 %, and in a window started at
    200 % — measured in the button's pixels."""
    from PySide6.QtWidgets import QApplication
    from settle import settle  # until the window stops changing

    from etown_desktop.ui import theme
    from etown_desktop.ui.main_window import MainWindow
    from etown_desktop.ui.text_size import state

    window = open_main_window((1366, 768))
    dock = window.provenance_dock
    settle(window)
    button_100, glyph_100 = _close_button_ink_px(dock)
    assert glyph_100 >= 5
    window.text_size_menu.set_size(200)
    settle(window)
    button_200, glyph_200 = _close_button_ink_px(dock)
    assert button_200 >= 1.7 * button_100, (button_100, button_200)
    assert glyph_200 >= 1.7 * glyph_100, (glyph_100, glyph_200)
    # the title bar holds the larger button (nothing cut at its bottom)
    assert dock.findChild(QWidget, "qt_dockwidget_closebutton").geometry().bottom() < dock.widget().y()
    window.text_size_menu.set_size(100)
    settle(window)
    assert _close_button_ink_px(dock) == (button_100, glyph_100)
    window.close()

    # a start at 200 % (the stored size read before the first window, as prepare_ui does)
    state.set_percent(200)
    theme.apply_fonts(QApplication.instance())
    second = MainWindow(repo, settings=app_settings, auto_build=False)
    qtbot.addWidget(second)
    second.resize(1366, 768)
    second.show()
    qtbot.waitExposed(second)
    settle(second)
    assert _close_button_ink_px(second.provenance_dock) == (button_200, glyph_200)
    second.close()
