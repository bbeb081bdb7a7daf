"""Shared test setup: offscreen Qt, no blocking dialogs, isolated settings, the bundled database."""

from __future__ import annotations

import os

# Must happen before anything imports Qt: the ordinary suite never opens a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Data editions: the suite never reads or writes the user's real data folder.
import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

_TEST_DATA_HOME = tempfile.mkdtemp(prefix="etown-test-data-")
os.environ["ETOWN_DESKTOP_DATA_HOME"] = _TEST_DATA_HOME
atexit.register(shutil.rmtree, _TEST_DATA_HOME, True)  # leave nothing behind in the temp folder

from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402


@dataclass
class DialogCalls:
    """What the patched static dialogs were asked to show (tests read it)."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    file_answer: str = ""

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def texts(self, name: str) -> list[str]:
        return [" ".join(str(a) for a in args) for n, args in self.calls if n == name]


@pytest.fixture(autouse=True)
def widgets_deleted_after_each_test():
    """Widgets a test registered with ``qtbot.addWidget`` are really gone when the next test starts.

    pytest-qt closes them and calls ``deleteLater``, which Qt carries out only when an event loop next
    runs: until then a finished test's windows (held by a session object, a module fixture …) stay
    alive and answer the next test's events — a language switch reaches them and they rebuild. Torn
    down after the test's own fixtures (autouse, so set up first), it flushes the deferred deletions
    (tests/ui/test_suite_isolation.py)."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def qt_app_look_restored(request):
    """The application's look and language are as before the test: style, palette, font, stylesheet,
    the theme's colours and the interface language. A test that runs the app's own start-up
    (``prepare_ui`` applies the theme: a larger base font) must not make every later window wider
    than the one the next test measures."""
    import sys

    if not ({"qapp", "qtbot"} & set(request.fixturenames)) and "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    if {"qapp", "qtbot"} & set(request.fixturenames):
        request.getfixturevalue("qapp")  # created before the snapshot, so the first Qt test is covered
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        yield
        return
    from etown_desktop.ui import i18n, theme
    from etown_desktop.ui.text_size import state as text_size

    from etown_desktop.ui.appearance import switcher

    before = (app.style().name(), app.palette(), app.font(), app.styleSheet(), theme._active,
              i18n.current_language(), theme._scheme, switcher._choice, text_size.percent())
    yield
    style, palette, font, sheet, active, lang, scheme, choice, percent = before
    text_size.set_percent(percent)  # View → Text size (a test at 200 % leaves the next at 100 %)
    if i18n.current_language() != lang:
        i18n.install_translator(lang, app)
    theme._active = active
    theme._scheme = scheme
    switcher._choice = choice
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    if app.font() != font:
        app.setFont(font)
    if app.palette() != palette:
        app.setPalette(palette)
    if app.style().name() != style:
        app.setStyle(style)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogCalls:
    """Every static QMessageBox/QFileDialog call (and the app's file_dialogs.save_file_name /
    open_file_name) returns at once instead of waiting for a click."""
    try:
        from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
    except ImportError:  # core tests run without Qt too
        return DialogCalls()
    record = DialogCalls()

    def box(name: str, answer: Any):
        def fake(*args: Any, **kwargs: Any) -> Any:
            record.calls.append((name, args[1:]))
            return answer
        return staticmethod(fake)

    ok = QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "about", box("about", None))
    monkeypatch.setattr(QMessageBox, "aboutQt", box("aboutQt", None))
    monkeypatch.setattr(QMessageBox, "information", box("information", ok))
    monkeypatch.setattr(QMessageBox, "warning", box("warning", ok))
    monkeypatch.setattr(QMessageBox, "critical", box("critical", ok))
    monkeypatch.setattr(QMessageBox, "question", box("question", QMessageBox.StandardButton.Yes))

    def file_dialog(name: str):
        def fake(*args: Any, **kwargs: Any) -> Any:
            record.calls.append((name, args[1:]))
            if name == "getExistingDirectory":
                return record.file_answer
            return (record.file_answer, "")
        return staticmethod(fake)

    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, file_dialog(name))
    from etown_desktop.ui.widgets import file_dialogs  # the app's own way to ask for a file

    for name in ("save_file_name", "open_file_name"):
        monkeypatch.setattr(file_dialogs, name, file_dialog(name).__func__)

    def no_exec(self: QDialog) -> int:
        record.calls.append((f"exec:{type(self).__name__}", ()))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", no_exec)
    return record


@pytest.fixture(autouse=True)
def user_folders(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """The user's data and config folders (settings, kiosk PIN, editions, visit log, logs) point
    into the test's own folder; subprocesses inherit them."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("ETOWN_DESKTOP_DATA_HOME", str(tmp_path / "xdg-data" / "etown-desktop"))
    return tmp_path


@pytest.fixture
def settings_dir(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """QSettings (and QStandardPaths) point into a temporary folder for this test."""
    from PySide6.QtCore import QSettings, QStandardPaths

    folder = tmp_path / "settings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QStandardPaths.setTestModeEnabled(True)
    yield folder
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def app_settings(settings_dir):
    """An AppSettings backed by an ini file in the test's own folder."""
    from PySide6.QtCore import QSettings

    from etown_desktop.ui.settings import AppSettings

    return AppSettings(QSettings(str(settings_dir / "etown.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def repo():
    """A read-only Repository on the bundled database (or $ETOWN_DESKTOP_DB)."""
    from etown_desktop.core.repository import Repository

    r = Repository()
    yield r
    r.close()


@pytest.fixture
def story(repo):
    """The zone's story (the presentation's and the kiosk's slides)."""
    from etown_desktop.core.stories.store import find_story, load_stories

    return find_story(load_stories(repo.path), "zone")


@pytest.fixture
def presentation(qtbot, repo, story, settings_dir):
    """The zone's story presented in English, full screen on the test's screen, shown."""
    from PySide6.QtWidgets import QApplication

    from etown_desktop.ui.presentation.presentation import Presentation

    p = Presentation(repo, story, "en")
    qtbot.addWidget(p.audience)
    p.start()
    for _ in range(3):
        QApplication.processEvents()
    yield p
    p.stop()


@pytest.fixture
def open_main_window(qtbot, repo, app_settings):
    """Opens the main window at a size (default: a 1366x768 laptop) and waits until every tab is built."""

    def make(size: tuple[int, int] = (1366, 768), timeout: int = 15_000):
        from etown_desktop.ui.main_window import MainWindow

        window = MainWindow(repo, settings=app_settings)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        if not window.tabs_ready:
            with qtbot.waitSignal(window.allTabsReady, timeout=timeout):
                pass
        return window

    return make


@pytest.fixture
def hub(qtbot):
    from etown_desktop.ui.provenance_hub import ProvenanceHub

    return ProvenanceHub()


def pytest_configure(config: pytest.Config) -> None:
    # Same guard as the app's bootstrap: a no-op unless the installed PySide6 leaks None refs.
    from etown_desktop.ui.qt_workarounds import guard_refcount_bug

    guard_refcount_bug()


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory):
    """``synthetic_db(n)``: the path of a database at n × the shipped data (bench/synthetic_data.py,
    built by the project's builder), made once per test session."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from bench.synthetic_data import build_synthetic_db

    folder = tmp_path_factory.mktemp("synthetic")
    built: dict[int, Path] = {}

    def get(multiple: int) -> Path:
        if multiple not in built:
            built[multiple] = build_synthetic_db(multiple, folder / f"etown-{multiple}x.db")
        return built[multiple]

    return get


def pytest_runtest_setup(item: pytest.Item) -> None:
    """``@pytest.mark.requires_tools("pdftotext", …)``: skipped without them, failed under
    ETOWN_CI_STRICT=1 (tests/required_tools.py)."""
    from required_tools import check_markers

    check_markers(item)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    """A Qt test runs with Python's cyclic collector off and its garbage collected after it, where
    nothing of Qt is on the stack: the test's counterpart of the app's collector, which runs
    between two events only (src/etown_desktop/ui/event_loop_gc.py says why). A test that
    exercises the collector itself switches it on again."""
    import gc

    import hang_report

    watch = hang_report.start(item)  # a hung test's C stack (tests/hang_report.py)
    try:
        if not {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())) or not gc.isenabled():
            return (yield)
        gc.disable()
        try:
            return (yield)
        finally:
            from etown_desktop.ui.event_loop_gc import collect_due

            gc.enable()
            collect_due()  # at once, not at a later allocation that may be inside a Qt call
    finally:
        if watch is not None:
            watch.cancel()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_call(item: pytest.Item):
    """The windows the test's body made are held from its end (tests/window_keeper.py)."""
    import window_keeper

    before = window_keeper.before_body()
    try:
        return (yield)
    finally:
        item._etown_windows = window_keeper.after_body(before)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):
    """… and deleted the Qt way once every teardown (pytest-qt's included) is done."""
    import window_keeper

    try:
        return (yield)
    finally:
        window_keeper.delete(getattr(item, "_etown_windows", []))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--reverse-order", action="store_true", default=False,
                     help="run the collected tests in reverse order (finds tests that lean on an earlier one)")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--reverse-order"):
        items.reverse()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Close and delete every window the suite left before Python tears down: PySide6 and
    pyqtgraph objects destroyed in the interpreter's own (arbitrary) order at exit can crash it
    after every test has passed (seen as exit 139 on a shuffled run)."""
    import gc
    import sys

    if "PySide6.QtWidgets" not in sys.modules or not os.environ.get("ETOWN_TEST_NORMAL_EXIT"):
        # pytest_unconfigure ends the process with os._exit: nothing is torn down, so nothing
        # can crash. Deleting a window a test left open here has itself crashed (a pyqtgraph
        # scene destroyed after its Python wrappers, segfault in ~QGraphicsWidget).
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def pytest_unconfigure(config: pytest.Config) -> None:
    """End the test process here, with pytest's exit status, once everything is reported: what is
    left is the interpreter's own teardown of Qt objects, which tests nothing and has crashed the
    process (exit 139) after a green run. The temporary data folder is removed first (atexit
    handlers do not run after os._exit)."""
    import sys

    if "PySide6.QtCore" not in sys.modules or os.environ.get("ETOWN_TEST_NORMAL_EXIT"):
        return
    session = getattr(config, "_etown_session", None)
    status = getattr(session, "exitstatus", None)
    if status is None:
        return
    shutil.rmtree(_TEST_DATA_HOME, True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(status))


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    session.config._etown_session = session  # pytest_unconfigure reads its exit status
