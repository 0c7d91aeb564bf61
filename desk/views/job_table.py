"""The jobs table shared by the 车间派工 tab and the order editor's 「派工与工时」 section.

:class:`JobsBox` is a table of labour lines (:class:`desk.services.dispatch.JobRow`) with, below
it, the choosers and buttons that act on the selected line: team and technician with 派工, then
开工 / 暂停… / 继续 / 完工. Its owner gives it rows (``set_rows``) and the choices
(``set_choices``); every press goes through the runner, whose ``changed`` signal makes the owner
read the rows again. Actual hours of running clocks go on counting on a timer without a read.

Signals:
    order_requested(str): the user double-clicked a job (open its order in the editor).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.models.base import utc_now
from desk.models.enums import ClockState, OrderStatus, PauseReason
from desk.services import dispatch
from desk.services.board import TeamChoice
from desk.services.dispatch import JobRow, TechnicianChoice, format_hours
from desk.views.i18n import enum_text
from desk.views.runner import Runner
from desk.views.table_model import Column, Index, RowsModel, rows_view

OVER = QColor("#c62828")
"""Actual hours past the standard hours."""
RUNNING = QColor("#2e7d32")
PAUSED = QColor("#b35c00")
TICK_MS = 30_000
"""How often the actual hours of running clocks are worked out again (no database needed)."""


def clock_text(row: JobRow) -> str:
    """``施工中``, ``暂停：等待备件`` …, in the user's language."""
    state = enum_text(row.clock_state, ClockState)
    if row.clock_state == ClockState.PAUSED.value and row.pause_reason:
        state = QCoreApplication.translate("JobTable", "暂停：%1").replace("%1", enum_text(row.pause_reason, PauseReason))
    return state


class JobsModel(RowsModel[JobRow]):
    """Job rows; actual hours as of ``now`` (red when over the standard), the clock in colour."""

    def __init__(self, columns: Sequence[Column[JobRow]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.now: dt.datetime | None = None
        self.actual_column = next((i for i, c in enumerate(self.columns) if c.header == QCoreApplication.translate("JobTable", "实际工时")), -1)
        self.clock_column = next((i for i, c in enumerate(self.columns) if c.header == QCoreApplication.translate("JobTable", "状态")), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == self.actual_column and row.over(self.now):
                return QBrush(OVER)
            if index.column() == self.clock_column:
                if row.clock_state == ClockState.RUNNING.value:
                    return QBrush(RUNNING)
                if row.clock_state == ClockState.PAUSED.value:
                    return QBrush(PAUSED)
        if row is not None and role == Qt.ItemDataRole.ToolTipRole and index.column() == self.clock_column:
            return row.pause_note or None
        return super().data(index, role)

    def tick(self, now: dt.datetime) -> None:
        """Work the actual hours out again as of ``now``."""
        self.now = now
        if self.rows and self.actual_column >= 0:
            self.dataChanged.emit(self.index(0, self.actual_column), self.index(len(self.rows) - 1, self.actual_column))


def job_columns(model_ref: list[JobsModel], *, with_order: bool) -> list[Column[JobRow]]:
    """The table's columns; the order's own columns only where several orders are shown."""

    def actual(r: JobRow) -> str:
        now = model_ref[0].now if model_ref else None
        return format_hours(r.worked_centi(now)) if r.worked_seconds or r.running_since else "—"

    order_columns: list[Column[JobRow]] = [
        Column(QCoreApplication.translate("JobTable", "委托书"), lambda r: r.order_number),
        Column(QCoreApplication.translate("JobTable", "车牌"), lambda r: r.plate),
        Column(QCoreApplication.translate("JobTable", "车型"), lambda r: r.model),
    ] if with_order else [Column(QCoreApplication.translate("JobTable", "代码"), lambda r: r.code)]
    return order_columns + [
        Column(QCoreApplication.translate("JobTable", "工时项目"), lambda r: r.name),
        Column(QCoreApplication.translate("JobTable", "标准工时"), lambda r: format_hours(r.hours_centi), numeric=True),
        Column(QCoreApplication.translate("JobTable", "实际工时"), actual, numeric=True),
        Column(QCoreApplication.translate("JobTable", "班组"), lambda r: r.team or QCoreApplication.translate("JobTable", "未派工")),
        Column(QCoreApplication.translate("JobTable", "技师"), lambda r: r.technician or "—"),
        Column(QCoreApplication.translate("JobTable", "状态"), clock_text),
    ] + ([Column(QCoreApplication.translate("JobTable", "预计交车"), lambda r: r.promised_local[5:] if r.promised_local else "")] if with_order else [])


class PauseDialog(QDialog):
    """Asks why the job stops: a reason from ``PauseReason`` and an optional note."""

    def __init__(self, job: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pauseDialog")
        self.setWindowTitle(self.tr("暂停施工"))
        self.reason = QComboBox()
        self.reason.setObjectName("pauseReason")
        for reason in PauseReason:
            self.reason.addItem(enum_text(reason), reason.value)
        self.note = QLineEdit()
        self.note.setObjectName("pauseNote")
        self.note.setPlaceholderText(self.tr("可选；原因为「其他」时必填"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("暂停"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("暂停「%1」").replace("%1", job)))
        form.addRow(self.tr("原因"), self.reason)
        form.addRow(self.tr("说明"), self.note)
        form.addRow(buttons)


class JobsBox(QWidget):
    """A jobs table with the dispatch choosers and the clock buttons for the selected job."""

    order_requested = Signal(str)

    def __init__(self, runner: Runner, *, with_order: bool, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.teams: list[TeamChoice] = []
        self.technicians: list[TechnicianChoice] = []
        self.pause_dialog: PauseDialog | None = None
        model_ref: list[JobsModel] = []
        self.model = JobsModel(job_columns(model_ref, with_order=with_order), self)
        model_ref.append(self.model)
        self.view = rows_view(self.model, name, stretch_column=3 if with_order else 1)
        self.view.setSortingEnabled(False)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.on_selection())
        self.view.doubleClicked.connect(self.on_double_click)

        self.team_combo = QComboBox()
        self.team_combo.setObjectName("dispatchTeam")
        self.team_combo.currentIndexChanged.connect(lambda _i: self._fill_technicians())
        self.technician_combo = QComboBox()
        self.technician_combo.setObjectName("dispatchTechnician")
        self.technician_combo.setMinimumContentsLength(6)
        self.dispatch_button = QPushButton(self.tr("派工"))
        self.dispatch_button.setObjectName("dispatchButton")
        self.dispatch_button.clicked.connect(self.dispatch_selected)
        self.start_button = QPushButton(self.tr("开工 (F6)"))
        self.pause_button = QPushButton(self.tr("暂停… (F7)"))
        self.resume_button = QPushButton(self.tr("继续 (F8)"))
        self.finish_button = QPushButton(self.tr("完工 (F9)"))
        for button, key, slot, object_name in (
            (self.start_button, "F6", self.start, "startJob"), (self.pause_button, "F7", self.pause, "pauseJob"),
            (self.resume_button, "F8", self.resume, "resumeJob"), (self.finish_button, "F9", self.finish, "finishJob"),
        ):
            button.setObjectName(object_name)
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.selected_label = QLabel()
        self.selected_label.setObjectName("selectedJob")

        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("班组")))
        actions.addWidget(self.team_combo)
        actions.addWidget(QLabel(self.tr("技师")))
        actions.addWidget(self.technician_combo)
        actions.addWidget(self.dispatch_button)
        actions.addSpacing(16)
        for button in (self.start_button, self.pause_button, self.resume_button, self.finish_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.selected_label)
        layout.addLayout(actions)
        self.setTabOrder(self.view, self.team_combo)
        self.setTabOrder(self.team_combo, self.technician_combo)
        self.setTabOrder(self.technician_combo, self.dispatch_button)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.on_tick)
        self.on_selection()

    # --- showing ---------------------------------------------------------------------------

    def set_choices(self, teams: Sequence[TeamChoice], technicians: Sequence[TechnicianChoice]) -> None:
        self.teams, self.technicians = list(teams), list(technicians)
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        for team in self.teams:
            self.team_combo.addItem(team.name, team.id)
        self.team_combo.blockSignals(False)
        self.on_selection()

    def set_rows(self, rows: Sequence[JobRow]) -> None:
        """Show ``rows``, keeping the selected job selected."""
        current = self.current()
        self.model.now = utc_now()
        self.model.set_rows(rows)
        wanted = next((i for i, r in enumerate(rows) if current and r.line_id == current.line_id), 0 if rows else -1)
        if wanted >= 0:
            self.view.selectRow(wanted)
        if any(r.running_since is not None for r in rows):
            self.timer.start()
        else:
            self.timer.stop()
        self.on_selection()

    def current(self) -> JobRow | None:
        return self.model.row_at(self.view.currentIndex())

    def select_line(self, line_id: int) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.line_id == line_id:
                self.view.selectRow(i)
                return True
        return False

    def on_tick(self) -> None:
        self.model.tick(utc_now())

    def _fill_technicians(self, chosen: int | None = None) -> None:
        team_id = self.team_combo.currentData()
        self.technician_combo.clear()
        self.technician_combo.addItem(self.tr("（暂不指定）"), None)
        for person in self.technicians:
            if person.team_id == team_id:
                self.technician_combo.addItem(person.name, person.id)
        index = self.technician_combo.findData(chosen) if chosen is not None else -1
        self.technician_combo.setCurrentIndex(index if index >= 0 else (1 if self.technician_combo.count() > 1 else 0))

    def on_selection(self) -> None:
        row = self.current()
        if row is None:
            self.selected_label.setText(self.tr("请选择一个工时项目"))
        else:
            self.selected_label.setText(
                self.tr("%1 · %2 · 标准 %3 h").replace("%1", row.order_number).replace("%2", row.name)
                .replace("%3", format_hours(row.hours_centi))
            )
            team_index = self.team_combo.findData(row.team_id) if row.team_id is not None else -1
            self.team_combo.blockSignals(True)
            if team_index >= 0:
                self.team_combo.setCurrentIndex(team_index)
            self.team_combo.blockSignals(False)
            self._fill_technicians(row.technician_id)
        state = row.clock_state if row else ""
        may_dispatch = bool(row) and row.order_status in dispatch.DISPATCH_STATUSES and state in (
            ClockState.NOT_STARTED.value, ClockState.PAUSED.value)
        may_clock = bool(row) and row.order_status in dispatch.CLOCK_STATUSES and row.technician_id is not None
        for widget in (self.team_combo, self.technician_combo, self.dispatch_button):
            widget.setEnabled(may_dispatch)
        in_progress = bool(row) and row.order_status == OrderStatus.IN_PROGRESS.value
        self.start_button.setEnabled(may_clock and (
            state == ClockState.NOT_STARTED.value or (state == ClockState.FINISHED.value and in_progress)))
        self.pause_button.setEnabled(may_clock and state == ClockState.RUNNING.value)
        waits_for_customer = bool(row) and row.order_status == OrderStatus.AWAITING_APPROVAL.value and (
            row.pause_reason == PauseReason.WAITING_APPROVAL.value)
        self.resume_button.setEnabled(may_clock and state == ClockState.PAUSED.value and not waits_for_customer)
        self.finish_button.setEnabled(may_clock and state in (ClockState.RUNNING.value, ClockState.PAUSED.value))

    def on_double_click(self, index: Index) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.order_requested.emit(row.order_number)

    # --- acting ----------------------------------------------------------------------------

    def dispatch_selected(self) -> None:
        row = self.current()
        if row is None or not self.dispatch_button.isEnabled():
            return
        self.runner.attempt(
            self, dispatch.dispatch_line, row.order_number, row.line_id, team_id=self.team_combo.currentData(),
            technician_id=self.technician_combo.currentData(), staff_id=self.runner.staff_id,
            expected_version=row.order_version,
        )

    def start(self) -> None:
        row = self.current()
        if row is not None and self.start_button.isEnabled():
            self.runner.attempt(
                self, dispatch.start_job, row.order_number, row.line_id, staff_id=self.runner.staff_id,
                confirmable=True,
            )

    def pause(self) -> None:
        """Ask the reason (a window-modal dialog); the job pauses when the dialog is accepted."""
        row = self.current()
        if row is None or not self.pause_button.isEnabled():
            return
        dialog = PauseDialog(row.name, self)
        self.pause_dialog = dialog

        def on_accepted() -> None:
            self.runner.attempt(
                self, dispatch.pause_job, row.order_number, row.line_id, reason=dialog.reason.currentData(),
                note=dialog.note.text(), staff_id=self.runner.staff_id,
            )

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: setattr(self, "pause_dialog", None))
        dialog.open()

    def resume(self) -> None:
        row = self.current()
        if row is not None and self.resume_button.isEnabled():
            self.runner.attempt(self, dispatch.resume_job, row.order_number, row.line_id, staff_id=self.runner.staff_id)

    def finish(self) -> None:
        row = self.current()
        if row is not None and self.finish_button.isEnabled():
            self.runner.attempt(self, dispatch.finish_job, row.order_number, row.line_id, staff_id=self.runner.staff_id)
