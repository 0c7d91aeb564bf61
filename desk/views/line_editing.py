"""Editing an order's lines in place: the cells that may be edited, their editors, and the edit request.

A cell of hours or quantity, unit price, discount or pay type opens an editor on a double click or
F2. The model does not change its rows itself: it asks for the change with ``edit_requested``,
queued so that the write — which reloads the order and resets the model — runs after the editor
has closed; the tab writes through the runner and shows the order as the service returns it.

Signals (of :class:`LinesModel`):
    edit_requested(object, str, str): the row, the field (``hours``, ``quantity``, ``unit_price``,
        ``discount``, ``pay_type``) and the text or code name the user gave.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desk.models.enums import PayType
from desk.views.i18n import enum_text
from desk.views.table_model import Column, RowsModel

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole,
})


class LinesModel(RowsModel):
    """Rows of order lines whose columns in ``editable`` may be edited while ``editing`` is on.

    ``editable`` maps a column to ``(field, text of the cell in the editor)``.
    """

    edit_requested = Signal(object, str, str)

    def __init__(
        self, columns: Sequence[Column], editable: dict[int, tuple[str, Callable[[Any], str]]], parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self.editable = editable
        self.editing = False
        self.texts: list[list[str]] = []
        """Each cell's text, by row and column, formatted when the rows are set."""

    def set_rows(self, rows: Sequence[Any]) -> None:
        # An order has tens of lines and the view asks for each cell's text several times (to
        # measure the column and to paint it): format each cell once per reset.
        self.texts = [[column.text(row) for column in self.columns] for row in rows]
        super().set_rows(rows)

    def field(self, index: Index) -> str | None:
        entry = self.editable.get(index.column())
        return entry[0] if entry else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editing and index.column() in self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for every role of every cell it sizes and paints; answer the rest at once.
        if role == _DISPLAY:
            row = index.row()
            return self.texts[row][index.column()] if index.isValid() and row < len(self.texts) else None
        if role not in _ROLES:
            return None
        if role == Qt.ItemDataRole.EditRole and index.column() in self.editable:
            row = self.row_at(index)
            return None if row is None else self.editable[index.column()][1](row)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if role != Qt.ItemDataRole.EditRole or row is None or index.column() not in self.editable:
            return False
        field, current = self.editable[index.column()]
        text = "" if value is None else str(value).strip()
        if text == current(row):
            return False
        self.edit_requested.emit(row, field, text)
        return True


class LineDelegate(QStyledItemDelegate):
    """A line edit for numbers, a list of pay types for the pay type; Enter saves, Esc leaves it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        field = model.field(index) if isinstance(model, LinesModel) else None
        if field == "pay_type":
            combo = QComboBox(parent)
            combo.setObjectName("edit_pay_type")
            for pay_type in PayType:
                combo.addItem(enum_text(pay_type), pay_type.value)
            combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
            return combo
        edit = QLineEdit(parent)
        edit.setObjectName(f"edit_{field}")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if field == "discount":
            edit.setPlaceholderText(self.tr("折扣%"))
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


def make_editable(view: QTableView, model: LinesModel) -> None:
    """Let ``view`` edit the model's editable cells on a double click or F2 (Enter saves)."""
    view.setItemDelegate(LineDelegate(view))
    # Size the columns to the rows in sight, not to every row of a long order on each layout.
    view.horizontalHeader().setResizeContentsPrecision(0)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    )
