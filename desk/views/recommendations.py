"""上次客户未做的建议项目: the car's declined additional work, shown wherever the car comes up again.

One widget for the 接车 tab, the 预约 tab and the order editor's 追加项目 section. It stays hidden
while the car has no open recommendation. In the editor it offers 「加入本单」, which adds the
chosen recommendation's lines to the order shown.

Signals:
    taken_up(str): a recommendation was added to this order (its number).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services import additional_work
from desk.services.additional_work import Recommendation
from desk.views.i18n import yuan
from desk.views.runner import Runner
from desk.views.table_model import Column, RowsModel, rows_view

AMBER_BOX = "QFrame#recommendations { background: #fff4e0; border: 1px solid #e0a030; border-radius: 4px; }"


class RecommendationsBox(QFrame):
    """The amber box listing a car's open recommendations; hidden when there are none."""

    taken_up = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None, *, can_take_up: bool = False) -> None:
        super().__init__(parent)
        self.runner = runner
        self.vehicle_id: int | None = None
        self.order_number: str | None = None
        self.order_version: int | None = None
        self.editable = False
        self.setObjectName("recommendations")
        self.setStyleSheet(AMBER_BOX)
        self.title = QLabel()
        self.title.setObjectName("recommendationsTitle")
        self.title.setStyleSheet("color: #8a4b00; font-weight: bold; border: none; background: transparent;")
        self.model = RowsModel[Recommendation](
            [
                Column(self.tr("日期"), lambda r: r.date_local),
                Column(self.tr("委托书"), lambda r: r.order_number),
                Column(self.tr("建议项目"), lambda r: r.description, tooltip=lambda r: r.items),
                Column(self.tr("金额"), lambda r: yuan(r.total_fen), numeric=True),
            ],
            self,
        )
        self.view = rows_view(self.model, "recommendationList", stretch_column=2)
        self.take_up_button = QPushButton(self.tr("加入本单"))
        self.take_up_button.setObjectName("takeUp")
        self.take_up_button.setToolTip(self.tr("把所选建议项目的工时和备件加入当前委托书（按本次价格）"))
        self.take_up_button.clicked.connect(self.take_up_selected)
        self.take_up_button.setVisible(can_take_up)
        self.view.activated.connect(lambda _index: can_take_up and self.take_up_selected())
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.take_up_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.setVisible(False)

    def show_vehicle(
        self, vehicle_id: int | None, *, order_number: str | None = None, order_version: int | None = None,
        editable: bool = False,
    ) -> None:
        """Show the car's open recommendations (those of other orders than ``order_number``)."""
        self.vehicle_id = vehicle_id
        self.order_number = order_number
        self.order_version = order_version
        self.editable = editable
        rows: list[Recommendation] = []
        if vehicle_id is not None:
            rows = self.runner.attempt(
                self, additional_work.recommendations_for_vehicle, vehicle_id, excluding_order=order_number,
                write=False,
            ) or []
        self.model.set_rows(rows)
        self.title.setText(
            self.tr("上次客户未做的建议项目（%1 项）：请向客户再次说明").replace("%1", str(len(rows)))
        )
        self.take_up_button.setEnabled(editable and bool(rows))
        if rows:
            self.view.selectRow(0)
            shown = min(len(rows), 4)  # as tall as its rows, up to four; more scroll
            self.view.setFixedHeight(
                self.view.horizontalHeader().sizeHint().height() + shown * self.view.verticalHeader().defaultSectionSize()
                + 2 * self.view.frameWidth()
            )
        self.setVisible(bool(rows))

    def selected(self) -> Recommendation | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def take_up_selected(self) -> None:
        row = self.selected()
        if row is None or self.order_number is None or not self.editable:
            return
        question = self.tr("把建议项目“%1”（%2）加入委托书 %3 吗？按本次的工时单价和备件价格计算。").replace(
            "%1", row.description).replace("%2", row.items).replace("%3", self.order_number)
        if not self.runner.reporter.confirm(self, question):
            return
        done = self.runner.attempt(
            self, additional_work.take_up, row.work_id, self.order_number, staff_id=self.runner.staff_id,
            expected_version=self.order_version,
        )
        if done is not None:
            self.taken_up.emit(self.order_number)
