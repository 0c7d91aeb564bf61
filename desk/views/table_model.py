"""A table model over plain rows (frozen dataclasses), with columns declared once per table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header, the text of a cell, and whether it holds a number."""

    header: str
    text: Callable[[Row], str]
    numeric: bool = False
    tooltip: Callable[[Row], str] | None = None


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Holds plain rows, never live ORM objects; ``set_rows`` replaces them with a model reset."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> Row | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


def rows_view(model: RowsModel, name: str, stretch_column: int | None = None) -> QTableView:
    """A read-only table of whole rows over ``model``: one row selected at a time, sized to content.

    ``stretch_column`` takes the spare width; by default the last column does.
    """
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


class _ColumnFitter(QObject):
    """Sizes a view's columns to their contents once per model reset; see :func:`fit_columns_on_reset`."""

    _REFIT = frozenset({QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange})

    def __init__(self, view: QTableView, stretch_column: int) -> None:
        super().__init__(view)
        self.view = view
        self.stretch_column = stretch_column
        view.model().modelReset.connect(self.fit)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Shown for the first time (the style sheet's font applies then) or restyled: measure again.
        # Qt measures the rows in sight, so a change of height (not of width, as when the scroll bar
        # appears) is measured again too.
        if event.type() in self._REFIT and watched is self.view:
            self.fit()
        elif event.type() == QEvent.Type.Resize and watched is not self.view:
            if isinstance(event, QResizeEvent) and event.oldSize().height() != event.size().height():
                self.fit()
        return False

    def fit(self) -> None:
        for column in range(self.view.model().columnCount()):
            if column != self.stretch_column:
                self.view.resizeColumnToContents(column)


def fit_columns_on_reset(view: QTableView, stretch_column: int) -> None:
    """Size the columns of a :func:`rows_view` to their contents when its rows are replaced, and
    let ``stretch_column`` take the spare width — as ``ResizeToContents`` does, but measured once.

    Qt's ``ResizeToContents`` measures the cells of every such column again whenever the view's
    width changes, and opening a long order changes it (the scroll bar appears): the order editor
    measured its lines twice per opening. The columns keep the same widths and still cannot be
    dragged (``Fixed``); the model must change its rows only by a reset, as :class:`RowsModel` does.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    _ColumnFitter(view, stretch_column).fit()
