"""The main window: seven tabs (built after the first paint), the provenance dock and the menus.

The window can be shown before the fact database is open (``MainWindow(None)``, then
:meth:`MainWindow.set_repository`): the first screen then needs neither the core data modules nor
a database query, which keeps the time to the first paint short. Tabs are built once the window
has been painted and the repository is set.
"""

from __future__ import annotations

import importlib
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from etown_desktop import __version__
from etown_desktop.ui.accessibility.keyboard import install_keyboard
from etown_desktop.ui.accessibility.names import name_chrome
from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling
from etown_desktop.ui.appearance.appearance_menu import install as install_appearance
from etown_desktop.ui.event import event_actions
from etown_desktop.ui.i18n import current_language
from etown_desktop.ui.lean_start import dock_right, set_shortcut
from etown_desktop.ui.menus.mnemonics import keep_toggle_text, numbered, unnumbered
from etown_desktop.ui.provenance_hub import ProvenanceHub
from etown_desktop.ui.provenance_dock import ProvenanceDock
from etown_desktop.ui.screens.tab_titles import AdaptiveTabWidget, TabTitleFitter
from etown_desktop.ui.screens.window_geometry import MIN_WINDOW_SIZE, keep_on_screen
from etown_desktop.ui.settings import AppSettings
from etown_desktop.ui.tabs import TAB_REGISTRY
from etown_desktop.ui.text_size.menu import install as install_text_size
from etown_desktop.ui.warmup.build_steps import BuildSteps
from etown_desktop.ui.welcome.first_start import install as install_welcome_action
from etown_desktop.ui.widgets.fitting_label import FittingLabel
from etown_desktop.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from etown_desktop.core.repository import Repository
    from etown_desktop.ui.provenance_panel import ProvenancePanel

log = logging.getLogger(__name__)

APP_TITLE = "E-Town Investor Desktop"
DEFAULT_SIZE = (1680, 1000)
BUILD_TURN_BUDGET_S = 0.015  # short build steps share a turn until this much time is used
BUILD_WAIT_MS = 10  # how often the build looks whether the background imports are done

# Titles shown while a tab is still being built (the tab's own title() replaces them).
_PENDING_TITLES = {
    "overview": QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    "clusters": QT_TRANSLATE_NOOP("MainWindow", "Industrial clusters"),
    "foreign-investment": QT_TRANSLATE_NOOP("MainWindow", "Foreign investment"),
    "fortune500": QT_TRANSLATE_NOOP("MainWindow", "Fortune 500 projects"),
    "reforms": QT_TRANSLATE_NOOP("MainWindow", "Business-service reforms"),
    "targets": QT_TRANSLATE_NOOP("MainWindow", "Plans & targets"),
    "sources": QT_TRANSLATE_NOOP("MainWindow", "Sources & all figures"),
    "profiles": QT_TRANSLATE_NOOP("MainWindow", "Sector profiles"),
}


def _tab_text(title: str) -> str:
    return title.replace("&", "&&")  # a single & would become a mnemonic underline


class _TabPage(QWidget):
    """Holds a placeholder until the real tab is built, then the tab itself."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._add_placeholder()

    def _add_placeholder(self) -> None:
        self.placeholder = QLabel(self.tr("Loading…"), self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setProperty("alignment", "AlignCenter")  # by name: ui/lean_start
        # "Loading…" needs no word wrap (a wrapping label's size takes a text layout per tab
        # before the first paint); a longer message turns it on.
        self._layout.addWidget(self.placeholder)

    def set_content(self, widget: QWidget) -> None:
        old, self.content = self.content, widget
        if old is None:
            self._layout.removeWidget(self.placeholder)
            self.placeholder.deleteLater()
        else:  # rebuilt (e.g. in another language): the new page replaces the old one
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._layout.addWidget(widget)

    def drop_content(self) -> None:
        """The built page deleted at once (not later: ui/language/window_retranslator drops the
        pages so that a new stylesheet does not restyle them), the placeholder back in its place."""
        old, self.content = self.content, None
        if old is None:
            return
        import shiboken6

        self._layout.removeWidget(old)
        old.hide()  # (the focus, if inside, moves on as when a page is replaced)
        shiboken6.delete(old)
        self._add_placeholder()

    def set_message(self, text: str) -> None:
        self.placeholder.setWordWrap(True)
        self.placeholder.setText(text)


class MainWindow(QMainWindow):
    firstPainted = Signal()
    tabBuilt = Signal(str)
    allTabsReady = Signal()

    def __init__(self, repo: Repository | None, hub: ProvenanceHub | None = None,
                 settings: AppSettings | None = None, parent: QWidget | None = None,
                 auto_build: bool = True) -> None:
        super().__init__(parent)
        self.repo: Repository | None = None
        self.hub = hub or ProvenanceHub(self)
        self.settings = settings or AppSettings()
        self.auto_build = auto_build
        self.tab_names = [name for name, _, _ in TAB_REGISTRY]
        self.tab_build_seconds: dict[str, float] = {}
        self.build_steps = BuildSteps(self)  # the step-by-step build after the first paint
        # The next build step runs from a zero-interval timer, not QTimer.singleShot(0) (a posted
        # call): measured with the glib event loop, posted calls ran two steps back to back
        # before other timers got their turn, doubling the longest freeze.
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_next)
        self._painted = False
        self._built: set[str] = set()
        self._ready = False
        # Qt appends the application display name ("… — E-Town Investor Desktop") itself.
        self.setWindowTitle(self.tr("Beijing Economic-Technological Development Area"))
        self.setObjectName("mainWindow")

        self.tabs = AdaptiveTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        name_chrome(self.tabs, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Topics"))
        self.tabs.setDocumentMode(False)
        self.tabs.setUsesScrollButtons(True)
        self.pages: dict[str, _TabPage] = {}
        for name in self.tab_names:
            page = _TabPage(name, self.tabs)
            self.pages[name] = page
            title = self.tr(_PENDING_TITLES.get(name, name))
            self.tabs.addTab(page, _tab_text(title))
        self.tabs.currentChanged.connect(self._current_changed)
        self.setCentralWidget(self.tabs)
        self.tabs.installEventFilter(self)
        self.setMinimumSize(MIN_WINDOW_SIZE)

        # Its panel is built with the database (after the first paint in a real start),
        # ui/provenance_dock.
        self.provenance_dock = ProvenanceDock(repo, self.hub, self)
        dock_right(self, self.provenance_dock)  # addDockWidget(Qt.DockWidgetArea…) (ui/lean_start)

        self._build_menus()
        self.tab_fitter = TabTitleFitter(self.tabs, self.tab_names,
                                         lambda: [unnumbered(a.text()) for a in self.tab_actions])
        self._build_status_bar()
        from etown_desktop.ui.meeting import install_meeting_tools  # search (Ctrl+K) and brief

        install_meeting_tools(self)
        event_actions.install(self)  # View → Present, View → Language, Help → Booth report
        install_appearance(self)  # View → Appearance (ui/appearance)
        install_keyboard(self)  # F6 / Shift+F6 between panes, Ctrl+B add to brief (ui/accessibility)
        install_text_size(self)  # View → Text size (Ctrl+Plus / Ctrl+Minus / Ctrl+0)
        self._restore_settings()
        if repo is not None:
            self.set_repository(repo)

    @property
    def provenance_panel(self) -> ProvenancePanel:
        """The source panel in the dock at the right (built with the database, or when first asked for)."""
        return self.provenance_dock.panel

    def set_repository(self, repo: Repository) -> None:
        """Attach the fact database: status bar, source panel, and the tabs (once painted)."""
        if self.repo is not None:
            raise RuntimeError("The main window already has a repository")
        self.repo = repo
        self.provenance_dock.set_repository(repo)
        self._update_status_bar()
        if self._painted and self.auto_build:
            self._build_timer.start(0)

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu: QMenu = bar.addMenu(self.tr("&File"))
        # The exports work inserts its "Export …" / "Print …" actions before this separator.
        self.file_menu_export_anchor = self.file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        set_shortcut(self.quit_action, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu: QMenu = bar.addMenu(self.tr("&View"))
        self.tab_actions: list[QAction] = []
        group = QActionGroup(self)
        for i, name in enumerate(self.tab_names):
            action = QAction(numbered(i, _tab_text(self.tr(_PENDING_TITLES.get(name, name)))), self)
            action.setCheckable(True)
            if i < 9:
                set_shortcut(action, f"Ctrl+{i + 1}")
            action.triggered.connect(lambda _=False, idx=i: self.tabs.setCurrentIndex(idx))
            group.addAction(action)
            self.view_menu.addAction(action)
            self.tab_actions.append(action)
        self.view_menu.addSeparator()
        self.next_tab_action = QAction(self.tr("&Next tab"), self)
        set_shortcut(self.next_tab_action, "Ctrl+PgDown")
        self.next_tab_action.triggered.connect(lambda: self._step_tab(1))
        self.prev_tab_action = QAction(self.tr("P&revious tab"), self)
        set_shortcut(self.prev_tab_action, "Ctrl+PgUp")
        self.prev_tab_action.triggered.connect(lambda: self._step_tab(-1))
        self.find_action = QAction(self.tr("&Find a figure…"), self)
        set_shortcut(self.find_action, "Ctrl+F")
        self.find_action.triggered.connect(self.focus_search)
        self.fullscreen_action = QAction(self.tr("F&ull screen"), self)
        self.fullscreen_action.setCheckable(True)
        set_shortcut(self.fullscreen_action, "F11")
        self.fullscreen_action.triggered.connect(self.set_full_screen)
        source_toggle = self.provenance_dock.toggleViewAction()
        keep_toggle_text(self.provenance_dock, lambda: self.tr("S&ource panel"))
        for action in (self.next_tab_action, self.prev_tab_action, self.find_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(source_toggle)
        self.view_menu.addAction(self.fullscreen_action)
        for action in (*self.tab_actions, self.next_tab_action, self.prev_tab_action,
                       self.find_action, self.fullscreen_action, self.quit_action):
            self.addAction(action)  # shortcuts work in full screen too

        self.help_menu: QMenu = bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About E-Town Investor Desktop"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        install_welcome_action(self)  # Help › Welcome… (ui/welcome)

    def _build_status_bar(self) -> None:
        self.status_label = FittingLabel(self)
        self.status_label.setObjectName("muted")
        self.statusBar().addPermanentWidget(self.status_label, 1)

    def _update_status_bar(self) -> None:
        from etown_desktop.core.coverage import coverage_text

        meta = self.repo.metadata
        # "data as of" = the sources' own dates + our review date, never the review date alone.
        coverage = coverage_text(self.repo, current_language())
        text = self.tr("Database edition {edition} · {coverage} · Figures: {figures} · Sources: {sources}").format(
            edition=meta.edition, coverage=coverage, figures=meta.figure_count, sources=self.repo.source_count())
        shorter = self.tr("Edition {edition} · {coverage}").format(edition=meta.edition, coverage=coverage)
        shortest = self.tr("Edition {edition}").format(edition=meta.edition)
        self.status_label.set_texts([text, shorter, shortest])

    # -- tabs --------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._painted and obj is self.tabs and event.type() == QEvent.Type.Paint:
            self._painted = True
            # Only the first paint matters; a Python filter left on a child can be called while
            # the window is being destroyed.
            self.tabs.removeEventFilter(self)
            self.firstPainted.emit()
            if self.auto_build and self.repo is not None:
                self._build_timer.start(0)
        return super().eventFilter(obj, event)

    @property
    def tabs_ready(self) -> bool:
        return self._ready

    def tab_widget(self, name: str) -> QWidget | None:
        """The built tab called ``name`` (None while it is a placeholder)."""
        page = self.pages.get(name)
        return page.content if page else None

    def current_tab_name(self) -> str:
        return self.tab_names[self.tabs.currentIndex()]

    def select_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.tab_names.index(name))

    def build_all_tabs(self) -> None:
        """Build every remaining tab now (tests, screenshots)."""
        for name in self.tab_names:
            self.build_tab(name)

    def rebuild_tab(self, name: str) -> QWidget | None:
        """Build tab ``name`` again (after a language switch); the new page replaces the old."""
        self._built.discard(name)
        return self.build_tab(name)

    def drop_tab(self, name: str) -> None:
        """Delete built tab ``name`` now; it is built again when next shown or asked for."""
        self.pages[name].drop_content()
        self._built.discard(name)

    def _build_next(self) -> None:
        """One step of the build after the first paint, then the next in a later turn: warm-up
        imports (ui/warmup), then each tab, then each of its deferred charts (ui/tabs/tab_page)."""
        if self.build_steps.run_for(BUILD_TURN_BUDGET_S):
            # While the warm-up imports run on their thread, look again in a while rather than
            # spinning (each look takes the interpreter lock from the importing thread).
            self._build_timer.start(BUILD_WAIT_MS if self.build_steps.waiting else 0)

    def build_tab(self, name: str) -> QWidget | None:
        """Build tab ``name`` now, complete (every chart drawn) when it returns."""
        widget = self.make_tab(name, staged=False)
        self.build_steps.finish_tab(name)
        return widget

    def is_tab_built(self, name: str) -> bool:
        """Tab ``name`` was built (its deferred charts may still be drawing)."""
        return name in self._built

    def make_tab(self, name: str, staged: bool) -> QWidget | None:
        """Build tab ``name``: ``staged`` (the build after the first paint) defers its charts to
        later steps; otherwise the warm-up is finished first. Prefer :meth:`build_tab`."""
        if name in self._built or self.repo is None:
            return self.tab_widget(name)
        self._built.add(name)
        _, module_name, class_name = next(t for t in TAB_REGISTRY if t[0] == name)
        page = self.pages[name]
        index = self.tab_names.index(name)
        start = time.perf_counter()
        try:
            if not staged:
                self.build_steps.finish_warmup()  # a half-imported pyqtgraph is never used
            module = importlib.import_module(module_name)
            cls = getattr(module, class_name)
            with self.build_steps.deferring(staged):
                widget = cls(self.repo, self.hub, page)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            log.warning("Tab %s: module %s does not exist yet; showing a placeholder.", name, module_name)
            page.set_message(self.tr("This section is being prepared."))
        except Exception:
            log.exception("Tab %s could not be built", name)
            page.set_message(self.tr("This section could not be shown. The details are in the log file."))
        else:
            page.set_content(widget)
            guard_wheel(widget)  # fields in a scrolling tab take the wheel only when focused
            enable_touch_scrolling(widget)  # a finger scrolls the tab (QScroller, touch only)
            title = _tab_text(cls.title())
            text = numbered(index, title)
            if self.tab_actions[index].text() != text:  # else the bar's (fitted) text stays
                self.tabs.setTabText(index, title)
                self.tab_actions[index].setText(text)
                self.tab_fitter.update()
        self.tab_build_seconds[name] = time.perf_counter() - start
        log.debug("Tab %s built in %.1f ms", name, 1000 * self.tab_build_seconds[name])
        if not self.build_steps.has_pending(name):
            self.tab_finished(name)
        return page.content

    def tab_finished(self, name: str) -> None:
        """Tab ``name`` is built and drawn (its deferred charts too)."""
        self.tabBuilt.emit(name)
        if (len(self._built) == len(self.tab_names) and not self._ready
                and not self.build_steps.any_pending()):
            self._ready = True
            self.allTabsReady.emit()

    def _current_changed(self, index: int) -> None:
        if 0 <= index < len(self.tab_actions):
            self.tab_actions[index].setChecked(True)
            name = self.tab_names[index]
            if self._painted and name not in self._built:
                self.build_tab(name)

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def focus_search(self) -> None:
        """Ctrl+F: go to Sources & all figures and put the cursor in its search box."""
        self.select_tab("sources")
        widget = self.build_tab("sources")
        if widget is not None and hasattr(widget, "focus_search"):
            widget.focus_search()

    def set_full_screen(self, on: bool) -> None:
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif getattr(self, "_was_maximized", False):
            self.showMaximized()
        else:
            self.showNormal()
        self.fullscreen_action.setChecked(on)

    # -- about -------------------------------------------------------------------------------
    def about_html(self) -> str:
        import html  # (not on the way to the first paint)

        from etown_desktop.core.coverage import coverage_text
        from etown_desktop.core.formatting import format_publisher, format_source_date

        lang = current_language()
        meta = self.repo.metadata
        esc = html.escape
        intro = self.tr("Facts about Beijing Economic-Technological Development Area (E-Town), "
                        "each with its source.")
        items = "".join(
            f"<li><b>{esc(s.ref)}</b> {esc(s.title(lang))} — {esc(format_publisher(s, lang))}, "
            f"{esc(format_source_date(s, lang))}</li>" for s in self.repo.sources())
        name = esc(self.tr("E-Town Investor Desktop"))
        version, edition = esc(self.tr("Version")), esc(self.tr("Database edition"))
        as_of, figures, sources = esc(self.tr("Data as of")), esc(self.tr("Figures")), esc(self.tr("Sources"))
        return (
            f"<h2>{name}</h2><p>{esc(intro)}</p>"
            f"<p>{version}: <b>{esc(__version__)}</b><br>"
            f"{edition}: <b>{esc(meta.edition)}</b><br>"
            f"{as_of}: <b>{esc(coverage_text(self.repo, lang, label=False))}</b><br>"
            f"{figures}: {meta.figure_count}</p>"
            f"<p><b>{sources}</b></p><ul>{items}</ul>")

    def show_about(self) -> None:
        if self.repo is None:  # the first few milliseconds, before the database is open
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About E-Town Investor Desktop"), self.about_html())

    # -- settings ----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.geometry
        if geometry is not None and self.restoreGeometry(geometry):
            keep_on_screen(self)  # saved on a bigger or now disconnected screen
        else:
            avail = self.screen().availableGeometry() if self.screen() else None
            if avail is not None and avail.width() > 0:
                # Wide enough for all seven tab titles beside the source panel where possible.
                self.resize(min(DEFAULT_SIZE[0], avail.width() - 40), min(DEFAULT_SIZE[1], avail.height() - 60))
            else:
                self.resize(*DEFAULT_SIZE)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        last = self.settings.last_tab
        if last in self.tab_names:
            self.tabs.setCurrentIndex(self.tab_names.index(last))
        self.tab_actions[self.tabs.currentIndex()].setChecked(True)

    def save_settings(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.last_tab = self.current_tab_name()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        super().closeEvent(event)
