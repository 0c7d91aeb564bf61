"""A completer fed from a catalogue search as the user types (part of a code or a name).

Signals:
    chosen(object): the user picked a row (a ``LabourOperationRow`` or ``PartRow``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QStringListModel, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desk.services import catalogue
from desk.services.catalogue import LabourOperationRow, PartRow
from desk.services.orders import format_quantity
from desk.views.i18n import yuan
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


def _labour_text(row: LabourOperationRow) -> str:
    return QCoreApplication.translate("CatalogueCompleter", "%1  %2  %3 工时").replace("%1", row.code).replace(
        "%2", row.name).replace("%3", format_quantity(row.hours))


def _part_text(row: PartRow) -> str:
    return QCoreApplication.translate("CatalogueCompleter", "%1  %2  %3  库存 %4%5").replace(
        "%1", row.part_number).replace("%2", row.name).replace("%3", yuan(row.price_fen)).replace(
        "%4", format_quantity(row.stock)).replace("%5", row.unit)


def labour_completer(runner: Runner, parent: QWidget) -> CatalogueCompleter:
    """Labour operations by part of the code or name: code, name and standard hours."""
    return CatalogueCompleter(runner, catalogue.search_labour, _labour_text, parent)


def part_completer(runner: Runner, parent: QWidget) -> CatalogueCompleter:
    """Parts by part of the number or name: number, name, price and stock on hand."""
    return CatalogueCompleter(runner, catalogue.search_parts, _part_text, parent)
