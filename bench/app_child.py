"""The end of every benchmark child that runs the app itself (``etown-desktop`` with no command) in
a fresh process: the child defines ``hook(window)``, called with the main window before it is
shown, and may call ``when_ready(window, fn)`` to run ``fn`` once every tab is built."""

RUN_APP = r"""
def when_ready(window, fn):
    if window.tabs_ready:
        fn()
    else:
        window.allTabsReady.connect(fn)

# The real entry point, with the measuring hook attached.
_run_gui = bootstrap.run_gui
bootstrap.run_gui = lambda lang=None: _run_gui(lang, on_window=hook)
sys.exit(main([]))
"""
