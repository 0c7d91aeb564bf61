"""目录管理: the manager's screens for the catalogues — labour operations, parts, service packages
and the labour rates per pay type.

Each list page filters as the user types (a page of ``catalogue.BROWSE_PAGE`` rows at a time,
更多… for the next), edits in a dialog that shows a refusal under the input it is about, stops
(停用) and restarts (启用) entries, deletes only what nothing uses, and imports CSV files
(``catalogue_import_dialog``). Every save carries the version it was loaded with, so a save over
someone else's newer one is refused and the fresh values are shown next to what was typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services import catalogue, orders
from desk.services.catalogue import (
    CataloguePage,
    LabourOperationRow,
    LabourRateSettings,
    PackageRow,
    PartRow,
)
from desk.services.errors import Conflict, DeskError, ValidationError
from desk.services.money import format_yuan
from desk.services.orders import format_quantity
from desk.services.validation import check_quantity
from desk.views.catalogue_completer import CatalogueCompleter
from desk.views.catalogue_import_dialog import CsvImport
from desk.views.conflict_note import ConflictNote, Field, field
from desk.views.i18n import list_text, yuan
from desk.views.runner import Runner, translate_error
from desk.views.table_model import Column, Index, RowsModel, rows_view

R = TypeVar("R")

INACTIVE_COLOUR = QColor("#8a8a8a")


class CatalogueModel(RowsModel[R]):
    """Rows of a catalogue; stopped entries (``active`` false) are greyed."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index)
            if row is not None and not getattr(row, "active", True):
                return QBrush(INACTIVE_COLOUR)
            return None
        return super().data(index, role)


# --- forms that show a refusal under its input -----------------------------------------------


class FieldErrors:
    """Red notes under the inputs of a form, keyed by the ``field`` names the services use."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` with its (hidden) error note below it, to put in a form."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = self.add_label(field, widget)
        layout.addWidget(label)
        return box

    def add_label(self, field: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020;")
        label.hide()
        self.labels[field] = label
        self.inputs[field] = widget
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, field: str | None, text: str) -> bool:
        """Show ``text`` under the input for ``field``; False when the form has no such input."""
        if field not in self.labels:
            return False
        assert field is not None
        self.labels[field].setText(text)
        self.labels[field].show()
        widget = self.inputs[field]
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def widget_shortcut(key: Any, widget: QWidget, slot: Any) -> QShortcut:
    """A shortcut that works only while ``widget`` has the focus (Return in a list, Delete in a table)."""
    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def _line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class EditDialog(QDialog):
    """A form for one catalogue entry: 保存 (Enter) and 取消 (Escape).

    Subclasses build the inputs, ``values()`` for the save, ``fill(row)`` to show a row, and
    ``save_call(**values)`` naming the service. On a conflict the fresh row is shown and what the
    user had typed is listed above it, so nothing typed is lost.
    """

    def __init__(self, runner: Runner, row: Any | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.row = row
        self.saved: Any | None = None
        self.errors = FieldErrors()
        self.conflict_note = ConflictNote()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # room for a shown refusal
        self.layout_.addWidget(self.conflict_note)
        self.layout_.addLayout(self.form)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.buttons)
        if self.row is not None:
            self.fill(self.row)
        self.conflict_note.watch(self.conflict_fields())

    def add_row(self, label: str, field: str, widget: QWidget) -> None:
        self.form.addRow(label, self.errors.wrap(field, widget))

    # --- to be provided ------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def fill(self, row: Any) -> None:
        raise NotImplementedError

    def save_call(self, **values: Any) -> Any:
        raise NotImplementedError

    def reload_call(self) -> Any:
        raise NotImplementedError

    def conflict_fields(self) -> list[Field]:
        """The inputs whose typed values the conflict note offers back."""
        raise NotImplementedError

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        self.errors.clear()
        try:
            saved = self.save_call(**self.values())
        except Conflict as conflict:
            self.runner.reporter.error(self, translate_error(conflict))
            self.on_conflict(conflict)
            return
        except ValidationError as refusal:
            text = translate_error(refusal)
            if not self.errors.show(refusal.field, text):
                self.runner.reporter.error(self, text)
            return
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return
        self.saved = saved
        self.accept()

    def on_conflict(self, conflict: Conflict) -> None:
        typed = self.conflict_note.typed()  # before the reload replaces the fields
        fresh = self.runner.attempt(self, self.reload_call, write=False)
        if fresh is None:
            return
        self.row = fresh
        self.fill(fresh)
        self.conflict_note.loaded()
        self.conflict_note.offer(conflict, typed)

    @property
    def expected_version(self) -> int | None:
        return self.row.version if self.row is not None else None


class LabourDialog(EditDialog):
    """新增 or 编辑 one labour operation: code, name, standard hours, team or skill."""

    def __init__(self, runner: Runner, row: LabourOperationRow | None, parent: QWidget | None = None) -> None:
        super().__init__(runner, row, parent)
        self.setWindowTitle(self.tr("新增工时项目") if row is None else self.tr("编辑工时项目"))
        self.code_edit = _line_edit("labourCode", self.tr("如 BY-01，字母、数字和 - . _ /"))
        self.name_edit = _line_edit("labourName", self.tr("如 更换机油机滤"))
        self.hours_edit = _line_edit("labourHours", self.tr("如 0.5"))
        self.team_edit = _line_edit("labourTeam", self.tr("机电、钣金、喷漆…（可不填）"))
        self.add_row(self.tr("工时代码"), "code", self.code_edit)
        self.add_row(self.tr("名称"), "name", self.name_edit)
        self.add_row(self.tr("标准工时（小时）"), "hours", self.hours_edit)
        self.add_row(self.tr("班组或工种"), "team", self.team_edit)
        self.code_edit.setReadOnly(row is not None)
        self.finish_layout()
        (self.name_edit if row is not None else self.code_edit).setFocus()
        self.resize(540, self.sizeHint().height())

    def fill(self, row: LabourOperationRow) -> None:
        self.code_edit.setText(row.code)
        self.name_edit.setText(row.name)
        self.hours_edit.setText(format_quantity(row.hours))
        self.team_edit.setText(row.team)

    def values(self) -> dict[str, Any]:
        return dict(code=self.code_edit.text(), name=self.name_edit.text(), hours=self.hours_edit.text(),
                    team=self.team_edit.text())

    def save_call(self, **values: Any) -> LabourOperationRow:
        return self.runner.write(
            catalogue.save_labour_operation, **values, staff_id=self.runner.staff_id,
            expected_version=self.expected_version, new=self.row is None,
        )

    def reload_call(self, session: Any) -> LabourOperationRow:
        return catalogue.get_labour(session, self.code_edit.text())

    def conflict_fields(self) -> list[Field]:
        return [field(self.tr("名称"), self.name_edit), field(self.tr("工时"), self.hours_edit),
                field(self.tr("班组"), self.team_edit)]


class PartDialog(EditDialog):
    """新增 or 编辑 one part: number, name, unit, price, stock on hand, bin location."""

    def __init__(self, runner: Runner, row: PartRow | None, parent: QWidget | None = None) -> None:
        super().__init__(runner, row, parent)
        self.setWindowTitle(self.tr("新增备件") if row is None else self.tr("编辑备件"))
        self.number_edit = _line_edit("partNumber", self.tr("如 06L115562B"))
        self.name_edit = _line_edit("partName", self.tr("如 机油滤清器"))
        self.unit_edit = _line_edit("partUnit", self.tr("个、升、套…"))
        self.unit_edit.setText(self.tr("个"))
        self.price_edit = _line_edit("partPrice", self.tr("元，如 68.50"))
        self.stock_edit = _line_edit("partStock", self.tr("如 10 或 4.5"))
        self.stock_edit.setText("0")
        self.bin_edit = _line_edit("partBin", self.tr("如 A-01-02（可不填）"))
        self.add_row(self.tr("备件号"), "part_number", self.number_edit)
        self.add_row(self.tr("名称"), "name", self.name_edit)
        self.add_row(self.tr("单位"), "unit", self.unit_edit)
        self.add_row(self.tr("单价（元）"), "price", self.price_edit)
        self.add_row(self.tr("库存"), "stock", self.stock_edit)
        self.add_row(self.tr("库位"), "bin_location", self.bin_edit)
        self.number_edit.setReadOnly(row is not None)
        self.finish_layout()
        (self.name_edit if row is not None else self.number_edit).setFocus()
        self.resize(540, self.sizeHint().height())

    def fill(self, row: PartRow) -> None:
        self.number_edit.setText(row.part_number)
        self.name_edit.setText(row.name)
        self.unit_edit.setText(row.unit)
        self.price_edit.setText(format_yuan(row.price_fen))
        self.stock_edit.setText(format_quantity(row.stock))
        self.bin_edit.setText(row.bin_location)

    def values(self) -> dict[str, Any]:
        return dict(
            part_number=self.number_edit.text(), name=self.name_edit.text(), unit=self.unit_edit.text(),
            price=self.price_edit.text(), stock=self.stock_edit.text().strip() or "0", bin_location=self.bin_edit.text(),
        )

    def save_call(self, **values: Any) -> PartRow:
        return self.runner.write(
            catalogue.save_part, **values, staff_id=self.runner.staff_id, expected_version=self.expected_version,
            new=self.row is None,
        )

    def reload_call(self, session: Any) -> PartRow:
        return catalogue.get_part(session, self.number_edit.text())

    def conflict_fields(self) -> list[Field]:
        return [field(self.tr("名称"), self.name_edit), field(self.tr("单位"), self.unit_edit),
                field(self.tr("单价"), self.price_edit), field(self.tr("库存"), self.stock_edit),
                field(self.tr("库位"), self.bin_edit)]


@dataclass(frozen=True)
class PackageLine:
    """A labour or parts line of a package being edited."""

    code: str
    name: str
    amount: Decimal


class _LinesBox(QGroupBox):
    """The labour or the parts lines of a package: a table, and a row to add one by typing its
    code or part of its name (the catalogue completer), with its hours or quantity."""

    def __init__(self, dialog: PackageDialog, title: str, field: str, kind: str) -> None:
        super().__init__(title)
        self.dialog = dialog
        self.runner = dialog.runner
        self.field = field
        self.kind = kind
        is_labour = kind == "labour"
        self.model: RowsModel[PackageLine] = RowsModel([
            Column(self.tr("工时代码") if is_labour else self.tr("备件号"), lambda r: r.code),
            Column(self.tr("名称"), lambda r: r.name),
            Column(self.tr("工时") if is_labour else self.tr("数量"), lambda r: format_quantity(r.amount), numeric=True),
        ], self)
        self.view = rows_view(self.model, f"{field}Lines", stretch_column=1)
        self.view.setMinimumHeight(120)
        self.view.doubleClicked.connect(self.on_double_clicked)
        widget_shortcut(QKeySequence.StandardKey.Delete, self.view, self.remove_selected)
        self.code_edit = _line_edit(
            f"{field}Code", self.tr("输入代码或名称的一部分") if is_labour else self.tr("输入备件号或名称的一部分")
        )
        self.amount_edit = _line_edit(
            f"{field}Amount", self.tr("工时（空 = 标准工时）") if is_labour else self.tr("数量（空 = 1）")
        )
        self.amount_edit.setMaximumWidth(210)
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.setObjectName(f"{field}Add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("移除"))
        self.remove_button.setObjectName(f"{field}Remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.code_edit.returnPressed.connect(self.on_code_return)
        self.amount_edit.returnPressed.connect(self.add)
        search = catalogue.search_labour if is_labour else catalogue.search_parts
        self.completer = CatalogueCompleter(self.runner, search, self._describe, self)
        self.completer.attach(self.code_edit)
        self.completer.chosen.connect(self.on_chosen)
        entry = QHBoxLayout()
        entry.addWidget(self.code_edit, 1)
        entry.addWidget(self.amount_edit)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(dialog.errors.add_label(field, self.code_edit))
        layout.addLayout(entry)

    def _describe(self, row: Any) -> str:
        if isinstance(row, LabourOperationRow):
            return self.tr("%1  %2  %3 工时").replace("%1", row.code).replace("%2", row.name).replace(
                "%3", format_quantity(row.hours))
        return self.tr("%1  %2  %3  库存 %4").replace("%1", row.part_number).replace("%2", row.name).replace(
            "%3", yuan(row.price_fen)).replace("%4", format_quantity(row.stock))

    @property
    def lines(self) -> list[PackageLine]:
        return list(self.model.rows)

    def set_lines(self, lines: Sequence[PackageLine]) -> None:
        self.model.set_rows(lines)

    def on_chosen(self, row: Any) -> None:
        self.code_edit.setText(row.code if isinstance(row, LabourOperationRow) else row.part_number)
        if not self.amount_edit.text().strip():
            self.amount_edit.setText(format_quantity(row.hours) if isinstance(row, LabourOperationRow) else "1")
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def on_code_return(self) -> None:
        if self.completer.popup().isVisible():
            return  # Return in the catalogue's list picks an entry; it does not add the line yet
        self.add()

    def add(self) -> None:
        """Add the typed line, or change the amount of a line with the same code."""
        self.dialog.errors.clear()
        code = self.code_edit.text().strip().upper()
        if not code:
            self.dialog.errors.show(self.field, self.tr("请先输入代码或名称，从列表里选一项。"))
            return
        try:
            if self.kind == "labour":
                found: Any = self.runner.read(catalogue.get_labour, code)
                amount_text = self.amount_edit.text().strip() or str(found.hours)
                amount = check_quantity(amount_text, field=self.field, what=self.tr("工时"), places=2,
                                        maximum=orders.MAX_HOURS)
                line = PackageLine(found.code, found.name, amount)
            else:
                found = self.runner.read(catalogue.get_part, code)
                amount = check_quantity(self.amount_edit.text().strip() or "1", field=self.field,
                                        what=self.tr("数量"), places=3, maximum=orders.MAX_QUANTITY)
                line = PackageLine(found.part_number, found.name, amount)
        except DeskError as refusal:
            self.dialog.errors.show(self.field, translate_error(refusal))
            return
        lines = self.lines
        for index, existing in enumerate(lines):
            if existing.code == line.code:
                lines[index] = line
                break
        else:
            lines.append(line)
        self.set_lines(lines)
        self.code_edit.clear()
        self.amount_edit.clear()
        self.code_edit.setFocus()

    def remove_selected(self) -> None:
        selected = self.view.selectionModel().selectedRows()
        if not selected:
            return
        lines = self.lines
        del lines[selected[0].row()]
        self.set_lines(lines)

    def on_double_clicked(self, index: QModelIndex) -> None:
        """Put a line back in the inputs to change its hours or quantity."""
        line = self.model.row_at(index)
        if line is not None:
            self.code_edit.setText(line.code)
            self.amount_edit.setText(format_quantity(line.amount))
            self.amount_edit.setFocus()
            self.amount_edit.selectAll()


class PackageDialog(EditDialog):
    """新增 or 编辑 one service package: name, model family, interval, and its labour and parts."""

    def __init__(self, runner: Runner, row: PackageRow | None, parent: QWidget | None = None) -> None:
        super().__init__(runner, row, parent)
        self.setWindowTitle(self.tr("新增保养套餐") if row is None else self.tr("编辑保养套餐"))
        self.code_edit = _line_edit("packageCode", self.tr("如 BY-10K"))
        self.name_edit = _line_edit("packageName", self.tr("如 1 万公里保养"))
        self.family_edit = _line_edit("packageFamily", self.tr("如 帕萨特；空 = 所有车型"))
        self.months_edit = _line_edit("packageMonths", self.tr("月，可不填"))
        self.km_edit = _line_edit("packageKm", self.tr("公里，可不填"))
        self.add_row(self.tr("套餐代码"), "code", self.code_edit)
        self.add_row(self.tr("名称"), "name", self.name_edit)
        self.add_row(self.tr("适用车型"), "model_family", self.family_edit)
        interval = QHBoxLayout()
        interval.addWidget(self.errors.wrap("interval_months", self.months_edit))
        interval.addWidget(QLabel(self.tr("个月 或")), 0, Qt.AlignmentFlag.AlignTop)
        interval.addWidget(self.errors.wrap("interval_km", self.km_edit))
        interval.addWidget(QLabel(self.tr("公里")), 0, Qt.AlignmentFlag.AlignTop)
        self.form.addRow(self.tr("保养间隔"), interval)
        self.labour_box = _LinesBox(self, self.tr("工时项目"), "labour", "labour")
        self.parts_box = _LinesBox(self, self.tr("备件"), "parts", "parts")
        self.layout_.addWidget(self.labour_box, 1)
        self.layout_.addWidget(self.parts_box, 1)
        self.code_edit.setReadOnly(row is not None)
        self.finish_layout()
        (self.name_edit if row is not None else self.code_edit).setFocus()
        self.resize(720, 720)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Return in a line's inputs adds the line; it does not save the whole package."""
        entry = (self.labour_box.code_edit, self.labour_box.amount_edit, self.parts_box.code_edit,
                 self.parts_box.amount_edit)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in entry:
            event.accept()
            return
        super().keyPressEvent(event)

    def fill(self, row: PackageRow) -> None:
        self.code_edit.setText(row.code)
        self.name_edit.setText(row.name)
        self.family_edit.setText(row.model_family)
        self.months_edit.setText("" if row.interval_months is None else str(row.interval_months))
        self.km_edit.setText("" if row.interval_km is None else str(row.interval_km))
        self.labour_box.set_lines([PackageLine(i.code, i.name, i.amount) for i in row.labour])
        self.parts_box.set_lines([PackageLine(i.code, i.name, i.amount) for i in row.parts])

    def values(self) -> dict[str, Any]:
        return dict(
            code=self.code_edit.text(), name=self.name_edit.text(), model_family=self.family_edit.text(),
            interval_months=self.months_edit.text(), interval_km=self.km_edit.text(),
            labour=[(line.code, line.amount) for line in self.labour_box.lines],
            parts=[(line.code, line.amount) for line in self.parts_box.lines],
        )

    def save_call(self, **values: Any) -> PackageRow:
        return self.runner.write(
            catalogue.save_package, **values, staff_id=self.runner.staff_id, expected_version=self.expected_version,
            new=self.row is None,
        )

    def reload_call(self, session: Any) -> PackageRow:
        return catalogue.get_package(session, self.code_edit.text())

    def conflict_fields(self) -> list[Field]:
        def items(lines: Sequence[PackageLine]) -> str:
            return list_text([f"{line.code}×{format_quantity(line.amount)}" for line in lines]) or "—"

        def lines_field(label: str, box: _LinesBox) -> Field:
            return Field(label, lambda: tuple(box.lines), lambda v: box.set_lines(list(v)), items, widget=box.view)

        return [
            field(self.tr("名称"), self.name_edit), field(self.tr("适用车型"), self.family_edit),
            field(self.tr("间隔月数"), self.months_edit), field(self.tr("间隔公里"), self.km_edit),
            lines_field(self.tr("工时项目"), self.labour_box), lines_field(self.tr("备件"), self.parts_box),
        ]


# --- list pages --------------------------------------------------------------------------------


class ListPage(QWidget, Generic[R]):
    """One catalogue: search as you type, a page of rows, and the buttons that change them."""

    kind = ""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.loaded = False
        self.total = 0
        self.search_edit = _line_edit(f"{self.kind}Search", self.search_hint())
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.refresh())
        self.model: CatalogueModel[R] = CatalogueModel(self.columns(), self)
        self.view: QTableView = rows_view(self.model, f"{self.kind}Table", stretch_column=1)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.on_selection())
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{self.kind}Count")
        self.more_button = QPushButton(self.tr("更多…"))
        self.more_button.setObjectName(f"{self.kind}More")
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()

        self.add_button = QPushButton(self.tr("新增…"))
        self.add_button.setToolTip(self.tr("新增一条（Ctrl+N）"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.setToolTip(self.tr("编辑选中的一条（Enter 或双击）"))
        self.active_button = QPushButton(self.tr("停用"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.import_button = QPushButton(self.tr("导入 CSV…"))
        for name, button, slot in (
            ("Add", self.add_button, self.add), ("Edit", self.edit_button, self.edit),
            ("Active", self.active_button, self.toggle_active), ("Delete", self.delete_button, self.delete),
            ("Import", self.import_button, self.import_csv),
        ):
            button.setObjectName(f"{self.kind}{name}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, lambda: self.refresh())
        widget_shortcut(Qt.Key.Key_Return, self.view, self.edit)
        widget_shortcut(Qt.Key.Key_Enter, self.view, self.edit)
        self.search_edit.returnPressed.connect(self.view.setFocus)

        search_row = QHBoxLayout()
        search_row.addWidget(QLabel(self.tr("查找")))
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        search_row.addWidget(self.more_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.search_edit, self.view)
        QWidget.setTabOrder(self.view, self.add_button)
        self.on_selection()

    # --- per catalogue -------------------------------------------------------------------------

    def search_hint(self) -> str:
        raise NotImplementedError

    def columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def fetch(self, session: Any, text: str, offset: int) -> CataloguePage[R]:
        raise NotImplementedError

    def dialog(self, row: R | None) -> EditDialog:
        raise NotImplementedError

    def code_of(self, row: R) -> str:
        return str(getattr(row, "code"))

    def describe(self, row: R) -> str:
        return f"{self.code_of(row)} {getattr(row, 'name')}"

    # --- showing -------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def refresh(self, select_code: str | None = None) -> None:
        """Show the first page of what matches the search text, keeping or choosing a selection."""
        current = self.selected()
        keep = select_code or (self.code_of(current) if current is not None else None)
        page = self.runner.attempt(self, self.fetch, self.search_edit.text(), 0, write=False)
        if page is None:
            return
        self.loaded = True
        self.model.set_rows(page.rows)
        self._after_page(page)
        self.select_code(keep)

    def load_more(self) -> None:
        page = self.runner.attempt(self, self.fetch, self.search_edit.text(), len(self.model.rows), write=False)
        if page is None:
            return
        self.model.set_rows([*self.model.rows, *page.rows])
        self._after_page(page)

    def _after_page(self, page: CataloguePage[R]) -> None:
        self.total = page.total
        shown = len(self.model.rows)
        if shown < page.total:
            self.count_label.setText(
                self.tr("共 %1 条，显示前 %2 条").replace("%1", str(page.total)).replace("%2", str(shown))
            )
        else:
            self.count_label.setText(self.tr("共 %1 条").replace("%1", str(page.total)))
        self.more_button.setVisible(shown < page.total)
        self.on_selection()

    def select_code(self, code: str | None) -> None:
        if code is None:
            return
        for index, row in enumerate(self.model.rows):
            if self.code_of(row) == code:
                self.view.selectRow(index)
                self.view.scrollTo(self.model.index(index, 0))
                return

    def selected(self) -> R | None:
        selection = self.view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.row_at(rows[0]) if rows else None

    def on_selection(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.active_button):
            button.setEnabled(row is not None)
        if row is None or getattr(row, "active", True):
            self.active_button.setText(self.tr("停用"))
            self.active_button.setToolTip(self.tr("不再在开单时提供这一条；以后可以再启用"))
        else:
            self.active_button.setText(self.tr("启用"))
            self.active_button.setToolTip(self.tr("重新在开单时提供这一条"))
        self.delete_button.setEnabled(False)
        self.delete_button.setToolTip(self.tr("只有还没用在委托书或套餐里的条目可以删除（如录错的）"))
        if row is not None:
            used = self.runner.attempt(self, catalogue.usage, self.kind, self.code_of(row), write=False)
            if used is not None and not used.used:
                self.delete_button.setEnabled(True)
                self.delete_button.setToolTip(self.tr("删除这条录错的、还没用过的条目"))
            elif used is not None:
                self.delete_button.setToolTip(self.tr("已用在 %1 条委托书明细、%2 个套餐里，不能删除；可以停用").replace(
                    "%1", str(used.order_lines)).replace("%2", str(used.packages)))

    # --- changing ------------------------------------------------------------------------------

    def add(self) -> None:
        dialog = self.dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            code = self.code_of(dialog.saved)
            self.search_edit.blockSignals(True)
            self.search_edit.setText(code)
            self.search_edit.blockSignals(False)
            self.refresh(code)
            self.view.setFocus()

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = self.dialog(row)
        dialog.exec()
        # also after a conflict that the user cancelled: show what is saved now
        self.refresh(self.code_of(row))
        self.view.setFocus()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        active = bool(getattr(row, "active", True))
        if active and not self.runner.reporter.confirm(
            self, self.tr("停用 %1？停用后开单时搜不到它，已开的委托书不受影响；以后可以再启用。").replace(
                "%1", self.describe(row))
        ):
            return
        done = self.runner.attempt(
            self, catalogue.set_active, self.kind, self.code_of(row), not active,
            expected_version=getattr(row, "version", None), staff_id=self.runner.staff_id,
        )
        self.refresh(self.code_of(row))
        if done is not None:
            self.view.setFocus()

    def delete(self) -> None:
        row = self.selected()
        if row is None or not self.delete_button.isEnabled():
            return
        if not self.runner.reporter.confirm(
            self, self.tr("删除 %1？删除后不能恢复。").replace("%1", self.describe(row))
        ):
            return
        self.runner.attempt(
            self, catalogue.delete_entry, self.kind, self.code_of(row), expected_version=getattr(row, "version", None)
        )
        self.refresh()

    def import_csv(self) -> None:
        CsvImport(self.runner, self, self.kind).run()
        self.refresh()


class LabourPage(ListPage[LabourOperationRow]):
    kind = "labour"

    def search_hint(self) -> str:
        return self.tr("输入工时代码开头或名称的一部分，如 BY 或 机油")

    def columns(self) -> list[Column[LabourOperationRow]]:
        return [
            Column(self.tr("工时代码"), lambda r: r.code),
            Column(self.tr("名称"), lambda r: r.name),
            Column(self.tr("标准工时"), lambda r: format_quantity(r.hours), numeric=True),
            Column(self.tr("班组或工种"), lambda r: r.team),
            Column(self.tr("状态"), lambda r: self.tr("在用") if r.active else self.tr("停用")),
        ]

    def fetch(self, session: Any, text: str, offset: int) -> CataloguePage[LabourOperationRow]:
        return catalogue.browse_labour(session, text, offset=offset)

    def dialog(self, row: LabourOperationRow | None) -> EditDialog:
        return LabourDialog(self.runner, row, self)


class PartsPage(ListPage[PartRow]):
    kind = "parts"

    def search_hint(self) -> str:
        return self.tr("输入备件号开头或名称的一部分，如 06L 或 滤清器")

    def columns(self) -> list[Column[PartRow]]:
        return [
            Column(self.tr("备件号"), lambda r: r.part_number),
            Column(self.tr("名称"), lambda r: r.name),
            Column(self.tr("单位"), lambda r: r.unit),
            Column(self.tr("单价"), lambda r: yuan(r.price_fen), numeric=True),
            Column(self.tr("库存"), lambda r: format_quantity(r.stock), numeric=True),
            Column(self.tr("库位"), lambda r: r.bin_location),
            Column(self.tr("状态"), lambda r: self.tr("在用") if r.active else self.tr("停用")),
        ]

    def fetch(self, session: Any, text: str, offset: int) -> CataloguePage[PartRow]:
        return catalogue.browse_parts(session, text, offset=offset)

    def dialog(self, row: PartRow | None) -> EditDialog:
        return PartDialog(self.runner, row, self)

    def code_of(self, row: PartRow) -> str:
        return row.part_number


class PackagesPage(ListPage[PackageRow]):
    kind = "packages"

    def search_hint(self) -> str:
        return self.tr("输入套餐代码开头、名称或车型的一部分，如 首保 或 帕萨特")

    def columns(self) -> list[Column[PackageRow]]:
        def items(row: PackageRow) -> str:
            return list_text([f"{i.code}×{format_quantity(i.amount)}" for i in (*row.labour, *row.parts)])

        return [
            Column(self.tr("套餐代码"), lambda r: r.code),
            Column(self.tr("名称"), lambda r: r.name),
            Column(self.tr("适用车型"), lambda r: r.model_family or self.tr("所有车型")),
            Column(self.tr("间隔"), self.interval_text),
            Column(self.tr("工时项目"), lambda r: str(len(r.labour)), numeric=True),
            Column(self.tr("备件"), lambda r: str(len(r.parts)), numeric=True, tooltip=items),
            Column(self.tr("状态"), lambda r: self.tr("在用") if r.active else self.tr("停用")),
        ]

    def interval_text(self, row: PackageRow) -> str:
        parts = []
        if row.interval_months:
            parts.append(self.tr("%1 个月").replace("%1", str(row.interval_months)))
        if row.interval_km:
            parts.append(self.tr("%1 公里").replace("%1", f"{row.interval_km:,}"))
        return self.tr(" 或 ").join(parts)

    def fetch(self, session: Any, text: str, offset: int) -> CataloguePage[PackageRow]:
        return catalogue.browse_packages(session, text)

    def dialog(self, row: PackageRow | None) -> EditDialog:
        return PackageDialog(self.runner, row, self)


class RatesPage(QWidget):
    """工时单价: the labour rate per hour for each pay type; empty means the customer rate."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.current: LabourRateSettings | None = None
        self.errors = FieldErrors()
        self.customer_edit = _line_edit("rateCustomer", self.tr("元/小时，如 180"))
        self.warranty_edit = _line_edit("rateWarranty", self.tr("空 = 按自费单价"))
        self.insurance_edit = _line_edit("rateInsurance", self.tr("空 = 按自费单价"))
        self.internal_edit = _line_edit("rateInternal", self.tr("空 = 按自费单价"))
        form = QFormLayout()
        form.addRow(self.tr("自费（客户）"), self.errors.wrap("customer_rate", self.customer_edit))
        form.addRow(self.tr("保修"), self.errors.wrap("warranty_rate", self.warranty_edit))
        form.addRow(self.tr("保险"), self.errors.wrap("insurance_rate", self.insurance_edit))
        form.addRow(self.tr("内部"), self.errors.wrap("internal_rate", self.internal_edit))
        self.save_button = QPushButton(self.tr("保存单价"))
        self.save_button.setObjectName("ratesSave")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("ratesSaved")
        for edit in (self.customer_edit, self.warranty_edit, self.insurance_edit, self.internal_edit):
            edit.setMaximumWidth(260)
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(lambda _text: self.saved_label.clear())
        note = QLabel(self.tr(
            "每小时的工时单价（元），按付费类型。保修、保险、内部留空时按自费单价计算。"
            "新加的工时项目按这里的单价计价；已开的委托书明细不变。"
        ))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        self.conflict_note = ConflictNote()
        self.conflict_note.watch([
            field(self.tr("自费"), self.customer_edit), field(self.tr("保修"), self.warranty_edit),
            field(self.tr("保险"), self.insurance_edit), field(self.tr("内部"), self.internal_edit),
        ])
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.conflict_note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if self.current is None:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        current = self.runner.attempt(self, catalogue.labour_rate_settings, write=False)
        if current is None:
            return
        self.current = current
        self.customer_edit.setText(current.customer)
        self.warranty_edit.setText(current.warranty)
        self.insurance_edit.setText(current.insurance)
        self.internal_edit.setText(current.internal)
        self.conflict_note.loaded()

    def save(self) -> None:
        self.errors.clear()
        self.saved_label.clear()
        try:
            self.runner.write(
                catalogue.set_labour_rates, customer=self.customer_edit.text(), warranty=self.warranty_edit.text(),
                insurance=self.insurance_edit.text(), internal=self.internal_edit.text(),
                staff_id=self.runner.staff_id, expected_version=self.current.version if self.current else None,
            )
        except ValidationError as refusal:
            if not self.errors.show(refusal.field, translate_error(refusal)):
                self.runner.reporter.error(self, translate_error(refusal))
            return
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            if isinstance(refusal, Conflict):
                typed = self.conflict_note.typed()  # before the reload replaces the fields
                self.reload()
                self.conflict_note.offer(refusal, typed)
            return
        self.reload()
        self.saved_label.setText(self.tr("已保存。"))


class CatalogueManager(QDialog):
    """目录管理: pages 工时项目, 备件, 保养套餐 and 工时单价 (Ctrl+PgUp/PgDn between them)."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("catalogueManager")
        self.setWindowTitle(self.tr("目录管理"))
        self.labour = LabourPage(runner)
        self.parts = PartsPage(runner)
        self.packages = PackagesPage(runner)
        self.rates = RatesPage(runner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.labour, self.tr("工时项目"))
        self.tabs.addTab(self.parts, self.tr("备件"))
        self.tabs.addTab(self.packages, self.tr("保养套餐"))
        self.tabs.addTab(self.rates, self.tr("工时单价"))
        self.tabs.currentChanged.connect(self.on_page_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1100, 700)
        self.labour.search_edit.setFocus()

    def on_page_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, ListPage):
            page.focus_search()

    def show_page(self, kind: str) -> None:
        """Open on ``labour``, ``parts``, ``packages`` or ``rates``."""
        self.tabs.setCurrentWidget({"labour": self.labour, "parts": self.parts, "packages": self.packages,
                                    "rates": self.rates}[kind])


def open_catalogue_manager(runner: Runner, parent: QWidget | None = None) -> None:
    """Open the manager as a modal dialog (from the main window's menu)."""
    CatalogueManager(runner, parent).exec()


__all__ = ["CatalogueManager", "open_catalogue_manager"]
