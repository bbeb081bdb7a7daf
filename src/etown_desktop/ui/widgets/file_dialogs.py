"""The one way the app asks for a file to save or open (exports, imports, the brief, templates).

Qt's static ``QFileDialog.getSaveFileName`` gives the app no hold on the dialog: where no desktop
portal or platform dialog answers (Linux without one, kiosk-like machines), Qt's own dialog opens
with an unnamed column header and lists that do not scroll with a finger. Here the dialog is built
as the static call builds it, then its views are named in the app's language (a screen reader reads
"Files", "Places", "File list columns") and its lists scroll by touch like the rest of the app
(:func:`~etown_desktop.ui.accessibility.touch_scroll.enable_touch_scrolling`). A platform's own
dialog has no such views and is left as its platform makes it.

The kiosk opens no file dialog at all (ui/kiosk has no menus and no exports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDialog, QFileDialog, QTreeView, QWidget

from etown_desktop.ui.accessibility.touch_scroll import enable_touch_scrolling

NO_OPTIONS = QFileDialog.Option(0)


def name_and_scroll(dialog: QFileDialog) -> QFileDialog:
    """Name the views of Qt's own file dialog and let a finger scroll them; ``dialog`` back."""
    files = QCoreApplication.translate("FileDialog", "Files")
    names = {"listView": files, "treeView": files, "sidebar": QCoreApplication.translate("FileDialog", "Places")}
    for view in dialog.findChildren(QAbstractItemView):
        if view.objectName() in names:
            view.setAccessibleName(names[view.objectName()])
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        tree.header().setAccessibleName(QCoreApplication.translate("FileDialog", "File list columns"))
    enable_touch_scrolling(dialog)
    return dialog


def file_dialog(parent: QWidget | None, caption: str, directory: str, filters: str, *, save: bool,
                selected_filter: str = "", options: QFileDialog.Option = NO_OPTIONS) -> QFileDialog:
    """The dialog ``QFileDialog.getSaveFileName`` (``save``) or ``getOpenFileName`` would show:
    ``directory`` may name a file, which is then proposed; named and touch-scrollable."""
    dialog = QFileDialog(parent, caption, directory, filters)
    dialog.setOptions(options)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    return name_and_scroll(dialog)


def _answer(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return "", ""
        files = dialog.selectedFiles()
        return (files[0] if files else ""), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def save_file_name(parent: QWidget | None, caption: str, directory: str = "", filters: str = "",
                   selected_filter: str = "", options: QFileDialog.Option = NO_OPTIONS) -> tuple[str, str]:
    """As ``QFileDialog.getSaveFileName``: (path, chosen filter), ("", "") when cancelled."""
    return _answer(file_dialog(parent, caption, directory, filters, save=True,
                               selected_filter=selected_filter, options=options))


def open_file_name(parent: QWidget | None, caption: str, directory: str = "", filters: str = "",
                   selected_filter: str = "", options: QFileDialog.Option = NO_OPTIONS) -> tuple[str, str]:
    """As ``QFileDialog.getOpenFileName``: (path, chosen filter), ("", "") when cancelled."""
    return _answer(file_dialog(parent, caption, directory, filters, save=False,
                               selected_filter=selected_filter, options=options))
