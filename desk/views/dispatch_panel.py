"""「派工与工时」: the order editor's section with the order's labour lines as the workshop sees them —
team, technician, job clock, actual against standard hours — and the same dispatch and clock
actions as the 车间派工 tab (:class:`desk.views.job_table.JobsBox`)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.services import board, dispatch
from desk.services.dispatch import format_hours
from desk.services.orders import OrderDetail
from desk.views.job_table import JobsBox
from desk.views.order_tab import OrderPanel
from desk.views.runner import Runner


class DispatchPanel(OrderPanel):
    """The shown order's jobs with dispatch and the job clock."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.number: str | None = None
        self.jobs = JobsBox(runner, with_order=False, name="orderJobs", parent=self)
        self.summary = QLabel()
        self.summary.setObjectName("jobsSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.jobs, 1)
        self._choices_loaded = False

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.number = detail.number if detail else None
        if detail is None:
            self.jobs.set_rows([])
            self.summary.setText(self.tr("未打开委托书"))
            return
        if not self._choices_loaded:
            self.reload_choices()
        rows = self.runner.attempt(self, dispatch.order_jobs, detail.number, write=False) or []
        self.jobs.set_rows(rows)
        standard = sum(r.hours_centi for r in rows)
        actual = sum(r.worked_centi() for r in rows)
        done = sum(1 for r in rows if r.clock_state == "finished")
        self.summary.setText(
            self.tr("%1 项 · 已完工 %2 项 · 实际 %3 / 标准 %4 h").replace("%1", str(len(rows)))
            .replace("%2", str(done)).replace("%3", format_hours(actual)).replace("%4", format_hours(standard))
        )

    def reload_choices(self) -> None:
        teams = self.runner.attempt(self, board.teams, write=False) or []
        people = self.runner.attempt(self, dispatch.technicians, write=False) or []
        self.jobs.set_choices(teams, people)
        self._choices_loaded = True
