"""A completer fed from a catalogue search as the user types (part of a code or a name).

Signals:
    chosen(object): the user picked a row (a ``LabourOperationRow`` or ``PartRow``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desk.views.runner import Runner


class CatalogueCompleter(QCompleter):
    """Asks ``search`` (a service taking the typed text) through the runner on every edit.

    The service does the matching, so the popup shows its rows unfiltered; picking one emits
    ``chosen`` and leaves the filling of the inputs to the tab.
    """

    chosen = Signal(object)

    def __init__(
        self, runner: Runner, search: Callable[..., list[Any]], describe: Callable[[Any], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.search = search
        self.describe = describe
        self.rows: list[Any] = []
        self.strings = QStringListModel(self)
        self.setModel(self.strings)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        self.activated[QModelIndex].connect(self.on_activated)

    def attach(self, edit: QLineEdit) -> None:
        edit.textEdited.connect(lambda text, e=edit: self.on_text_edited(e, text))

    def on_text_edited(self, edit: QLineEdit, text: str) -> None:
        rows = self.runner.attempt(edit, self.search, text, write=False) if text.strip() else []
        self.rows = list(rows or [])
        self.strings.setStringList([self.describe(row) for row in self.rows])
        self.setWidget(edit)
        if self.rows:
            self.complete()
        else:
            self.popup().hide()

    def on_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.rows):
            self.chosen.emit(self.rows[index.row()])
