"""进度检查: the list of due progress checks on the 看板 tab, and the dialog that records one.

At 70 % of a job's estimated work time the advisor asks the workshop how it stands
(:mod:`desk.services.checks`). :class:`ProgressChecksStrip` sits above the board's columns: a
button with the count (「待进度检查 3」) folds the list open or shut; the list is read again after
every change and every half minute, since time alone makes a check due. :class:`ProgressCheckDialog`
records the result — on time, or late with a new promised time and whether the customer was
told — and stays open with the reason when the service refuses.

Signals (ProgressChecksStrip):
    order_requested(str): the user wants to open the order (double-click, Enter, 「打开委托书」).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import checks, shop
from desk.services.changes import Changes
from desk.services.checks import DueProgressCheck
from desk.views.runner import Runner
from desk.views.table_model import Column, RowsModel, rows_view

REFRESH_MS = 30_000
"""How often the due list is read again: a check falls due with time, not only with changes."""


class ProgressCheckDialog(QDialog):
    """记录进度检查 for one order; OK runs the service and closes only when it succeeded."""

    def __init__(
        self, runner: Runner, number: str, promised_local: str, version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.number = number
        self.version = version
        self.setObjectName("progressCheckDialog")
        self.setWindowTitle(self.tr("进度检查 %1").replace("%1", number))
        self.on_time = QRadioButton(self.tr("按时完成（&O）"))
        self.on_time.setObjectName("progressOnTime")
        self.late = QRadioButton(self.tr("会延误（&L）"))
        self.late.setObjectName("progressLate")
        group = QButtonGroup(self)
        group.addButton(self.on_time)
        group.addButton(self.late)
        self.on_time.setChecked(True)
        self.new_time = QDateTimeEdit()
        self.new_time.setObjectName("progressNewTime")
        self.new_time.setCalendarPopup(True)
        self.new_time.setDisplayFormat("yyyy-MM-dd HH:mm")
        promised = QDateTime.fromString(promised_local, "yyyy-MM-dd HH:mm")
        start = promised if promised.isValid() else QDateTime.currentDateTime()
        self.new_time.setDateTime(start.addSecs(3600))
        self.customer_told = QCheckBox(self.tr("已告知客户新的交车时间"))
        self.customer_told.setObjectName("progressCustomerTold")
        self.note = QLineEdit()
        self.note.setObjectName("progressNote")
        self.note.setPlaceholderText(self.tr("车间怎么说，如：等备件，下午两点到货"))
        form = QFormLayout()
        form.addRow(self.tr("原定交车"), QLabel(promised_local or self.tr("未约定")))
        choice = QHBoxLayout()
        choice.addWidget(self.on_time)
        choice.addWidget(self.late)
        choice.addStretch(1)
        form.addRow(self.tr("检查结果"), choice)
        form.addRow(self.tr("新的预计交车"), self.new_time)
        form.addRow("", self.customer_told)
        form.addRow(self.tr("备注"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("progressButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("记录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.late.toggled.connect(self._show_late)
        self._show_late(False)

    def _show_late(self, late: bool) -> None:
        self.new_time.setEnabled(late)
        self.customer_told.setEnabled(late)
        if late:
            self.new_time.setFocus()

    def accept(self) -> None:
        late = self.late.isChecked()
        new_time: dt.datetime | None = None
        if late:
            new_time = self.runner.attempt(self, shop.from_wall_clock, self.new_time.dateTime().toPython(), write=False)
            if new_time is None:
                return
        done = self.runner.attempt(
            self, checks.record_progress_check, self.number, on_time=not late, new_promised_at=new_time,
            customer_told=late and self.customer_told.isChecked(), note=self.note.text(),
            staff_id=self.runner.staff_id, expected_version=self.version,
        )
        if done is not None:
            super().accept()


class ProgressChecksStrip(QWidget):
    """The due progress checks above the board's columns, folded open or shut by its count button."""

    order_requested = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("progressChecks")
        self.dialog: ProgressCheckDialog | None = None
        self.toggle = QToolButton()
        self.toggle.setObjectName("progressChecksToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(self.tr("到了预计工期 70% 还没有问过车间的委托书（Ctrl+J 展开/收起）"))
        self.toggle.toggled.connect(self.set_open)
        QShortcut(QKeySequence("Ctrl+J"), self, self.toggle.toggle)  # while the board is shown
        self.hint = QLabel(self.tr("到预计工期 70% 时向车间询问进度；延误要告知客户。"))
        self.hint.setStyleSheet("color: #5d6b7c;")
        self.model = RowsModel[DueProgressCheck](
            [
                Column(self.tr("委托书"), lambda r: r.number),
                Column(self.tr("车牌"), lambda r: r.plate),
                Column(self.tr("车型"), lambda r: r.model),
                Column(self.tr("服务顾问"), lambda r: r.advisor),
                Column(self.tr("预计交车"), lambda r: r.promised_local),
                Column(self.tr("已用工期"), lambda r: f"{r.share_percent}%", numeric=True),
                Column(self.tr("说明"), lambda r: self.tr("交车时间已改，需再次检查") if r.rechecked else ""),
            ],
            self,
        )
        self.table = rows_view(self.model, "dueProgressChecks")
        self.table.setMaximumHeight(150)
        # Columns sized to the rows when they change while in sight (size_columns), not on every
        # layout: under the style sheet, sizing to contents made Qt ask the model for every cell
        # some sixty times while the board was built at start, folded as the strip is.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.record_button = QPushButton(self.tr("记录检查…"))
        self.record_button.setObjectName("recordProgressCheck")
        self.record_button.clicked.connect(self.record_selected)
        self.open_button = QPushButton(self.tr("打开委托书"))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.body = QWidget()
        body_layout = QHBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.table, 1)
        body_layout.addLayout(buttons)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.toggle)
        head.addWidget(self.hint)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.body)
        self.body.hide()
        runner.changed.connect(self.on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes:
            self.refresh()

    def refresh(self) -> None:
        rows = self.runner.attempt(self, checks.due_progress_checks, write=False)
        if rows is None:
            return
        current = self.selected()
        self.model.set_rows(rows)
        if self.body.isVisible():
            self.size_columns()
        if current is not None:
            for row, due in enumerate(rows):
                if due.number == current.number:
                    self.table.selectRow(row)
        elif rows:
            self.table.selectRow(0)
        count = len(rows)
        self.toggle.setText(self.tr("待进度检查 %1").replace("%1", str(count)))
        self.toggle.setStyleSheet("font-weight: bold; color: #b35c00;" if count else "")
        self.record_button.setEnabled(count > 0)
        self.open_button.setEnabled(count > 0)

    def size_columns(self) -> None:
        for column in range(self.model.columnCount() - 1):  # the last one takes the spare width
            self.table.resizeColumnToContents(column)

    def set_open(self, opened: bool) -> None:
        self.body.setVisible(opened)
        if opened:
            self.size_columns()
        self.hint.setVisible(not opened)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != opened:
            self.toggle.setChecked(opened)
        if opened:
            self.table.setFocus()

    def selected(self) -> DueProgressCheck | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def open_selected(self) -> None:
        due = self.selected()
        if due is not None:
            self.order_requested.emit(due.number)

    def record_selected(self) -> None:
        """Open the dialog for the selected order (window-modal; the list refreshes on success)."""
        due = self.selected()
        if due is None:
            return
        self.dialog = ProgressCheckDialog(self.runner, due.number, due.promised_local, None, self)
        self.dialog.open()
