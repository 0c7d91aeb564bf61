"""车间派工: the workshop supervisor's list of jobs — every labour line waiting for dispatch or in
the workshop, by team — with dispatch to a team and technician and the job clock (开工 / 暂停 /
继续 / 完工). The table and its buttons are :class:`desk.views.job_table.JobsBox`, shared with the
order editor's 「派工与工时」 section.

The tab reads again after every change made at this PC and, while it is shown, looks at the
board's change stamp every few seconds for changes made elsewhere; running clocks count on.

Signals:
    order_requested(str): the user double-clicked a job (open its order in the editor).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services import board, dispatch
from desk.services.changes import Changes
from desk.services.errors import DeskError
from desk.views.job_table import JobsBox
from desk.views.runner import Runner

POLL_MS = 5000
"""How often the shown tab looks at the change stamp for changes made at other PCs."""
UNASSIGNED = -1
"""The team filter's item for jobs not yet given to a technician."""


class WorkshopTab(QWidget):
    """All jobs in the workshop, filterable by team, with dispatch and the job clock."""

    order_requested = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.stamp: int | None = None
        self.stale = True

        self.team_filter = QComboBox()
        self.team_filter.setObjectName("workshopTeamFilter")
        self.team_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel()
        self.count_label.setObjectName("workshopCount")
        refresh_button = QPushButton(self.tr("刷新 (F5)"))
        refresh_button.setShortcut("F5")
        refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("班组")))
        top.addWidget(self.team_filter)
        top.addSpacing(16)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(refresh_button)

        self.jobs = JobsBox(runner, with_order=True, name="workshopJobs", parent=self)
        self.jobs.order_requested.connect(self.order_requested)
        hint = QLabel(self.tr("双击一行打开委托书。实际工时超过标准工时时显示为红色。"))
        hint.setObjectName("hint")
        hint.setStyleSheet("color: #5d6b7c;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.jobs, 1)
        layout.addWidget(hint)

        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.on_poll)
        self.poll.start()
        runner.changed.connect(self.on_changed)
        self.reload_choices()

    def reload_choices(self) -> None:
        """Teams and technicians from the shop's staff; keeps the chosen filter."""
        teams = self.runner.attempt(self, board.teams, write=False) or []
        people = self.runner.attempt(self, dispatch.technicians, write=False) or []
        chosen = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("全部班组"), None)
        self.team_filter.addItem(self.tr("未派技师"), UNASSIGNED)
        for team in teams:
            self.team_filter.addItem(team.name, team.id)
        index = self.team_filter.findData(chosen) if chosen is not None else 0
        self.team_filter.setCurrentIndex(max(index, 0))
        self.team_filter.blockSignals(False)
        self.jobs.set_choices(teams, people)

    def refresh(self) -> None:
        chosen = self.team_filter.currentData()
        stamp = self.runner.attempt(self, board.board_stamp, write=False)
        rows = self.runner.attempt(
            self, dispatch.workshop_jobs, write=False,
            team_id=chosen if chosen not in (None, UNASSIGNED) else None, unassigned=chosen == UNASSIGNED,
        )
        if rows is None:
            return
        self.stamp, self.stale = stamp, False
        self.jobs.set_rows(rows)
        running = sum(1 for r in rows if r.clock_state == "running")
        paused = sum(1 for r in rows if r.clock_state == "paused")
        waiting = sum(1 for r in rows if r.technician_id is None)
        self.count_label.setText(
            self.tr("共 %1 项 · 施工中 %2 · 暂停 %3 · 待派技师 %4").replace("%1", str(len(rows)))
            .replace("%2", str(running)).replace("%3", str(paused)).replace("%4", str(waiting))
        )

    def on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.reload_choices()
        if changes:
            if self.isVisible():
                self.refresh()
            else:
                self.stale = True

    def on_poll(self) -> None:
        """Read again when another PC changed something (the board's change stamp moved)."""
        if not self.isVisible():
            return
        try:
            stamp = self.runner.read(board.board_stamp)
        except DeskError:
            return
        if stamp != self.stamp:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
