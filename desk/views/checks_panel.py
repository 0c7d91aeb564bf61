"""质检与交车: the order editor's section for the checks on a job and the repeat-repair flag.

Four boxes follow the order shown (:class:`ChecksPanel`, an :class:`~desk.views.order_tab.OrderPanel`):

- 进度检查: the checks recorded and 「记录进度检查…」 (:class:`~desk.views.progress_checks.ProgressCheckDialog`).
- 质检: every round (inspector, pass or fail, reason) and 「质检…」 (:class:`QualityCheckDialog`): the
  chooser leaves out the order's technicians; a fail needs the reason and, after a confirmation,
  sends the car back to 维修中 (返修).
- 交车前检查: the six items to tick and 「完成交车检查并改为待交车」, which records the check and moves
  the order in one step. "Old parts ready" is greyed out when it does not apply.
- 返修标记: which earlier order this visit repeats; set or clear it with a reason.

Every write goes through the runner; its ``changed`` signal reloads the editor and so this panel.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import OrderStatus, Role
from desk.services import checks
from desk.services.checks import ChecksOverview, DeliveryCheckRow, ProgressCheckRow, QualityCheckRow
from desk.services.orders import OrderDetail
from desk.views.i18n import enum_text, list_text
from desk.views.order_tab import OrderPanel
from desk.views.progress_checks import ProgressCheckDialog
from desk.views.runner import Runner
from desk.views.table_model import Column, RowsModel, rows_view

RED = "color: #c62828; font-weight: bold;"
GREEN = "color: #2e7d32; font-weight: bold;"
AMBER = "color: #b35c00; font-weight: bold;"
MUTED = "color: #5d6b7c;"


class QualityCheckDialog(QDialog):
    """质检 of one order: the inspector (not one of its technicians), pass or fail, the reason.

    OK runs the service and closes only when it succeeded; a fail is confirmed first, since it
    sends the car back to the workshop.
    """

    def __init__(self, runner: Runner, overview: ChecksOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.overview = overview
        self.setObjectName("qualityCheckDialog")
        self.setWindowTitle(self.tr("质检 %1").replace("%1", overview.number))
        self.inspector = QComboBox()
        self.inspector.setObjectName("inspector")
        for person in overview.inspectors:
            self.inspector.addItem(
                self.tr("%1（%2）").replace("%1", person.name).replace("%2", enum_text(person.role, Role)), person.id
            )
        self.passed = QRadioButton(self.tr("合格（&P）"))
        self.passed.setObjectName("qualityPassed")
        self.failed = QRadioButton(self.tr("不合格，返修（&F）"))
        self.failed.setObjectName("qualityFailed")
        group = QButtonGroup(self)
        group.addButton(self.passed)
        group.addButton(self.failed)
        self.passed.setChecked(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("qualityReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(self.tr("不合格时必填：哪里不合格、返修要做什么"))
        technicians = list_text(overview.technicians) or self.tr("尚未派给技师")
        form = QFormLayout()
        note = QLabel(self.tr("本单维修技师：%1（不能检查自己做的活）").replace("%1", technicians))
        note.setStyleSheet(MUTED)
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("质检员"), self.inspector)
        result = QHBoxLayout()
        result.addWidget(self.passed)
        result.addWidget(self.failed)
        result.addStretch(1)
        form.addRow(self.tr("结果"), result)
        form.addRow(self.tr("原因"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("记录质检"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.failed.toggled.connect(lambda on: on and self.reason.setFocus())
        self.inspector.setFocus()

    def accept(self) -> None:
        passed = self.passed.isChecked()
        if not passed and self.reason.toPlainText().strip():
            question = self.tr("质检不合格：把 %1 退回「维修中」返修吗？返修后须重新质检。").replace("%1", self.overview.number)
            if not self.runner.reporter.confirm(self, question):
                return
        done = self.runner.attempt(
            self, checks.record_quality_check, self.overview.number, inspector_id=self.inspector.currentData(),
            passed=passed, reason=self.reason.toPlainText(), staff_id=self.runner.staff_id,
            expected_version=self.overview.version,
        )
        if done is not None:
            super().accept()


class ChecksPanel(OrderPanel):
    """The 质检与交车 section of the order editor."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("checksPanel")
        self.detail: OrderDetail | None = None
        self.overview: ChecksOverview | None = None
        self.dialog: QDialog | None = None

        # --- progress -----------------------------------------------------------------------
        self.progress_state = QLabel()
        self.progress_state.setObjectName("progressState")
        self.progress_model = RowsModel[ProgressCheckRow](
            [
                Column(self.tr("时间"), lambda r: r.at_local),
                Column(self.tr("服务顾问"), lambda r: r.staff),
                Column(self.tr("结果"), lambda r: self.tr("按时") if r.on_time else self.tr("延误")),
                Column(self.tr("新交车时间"), lambda r: r.new_promised_local),
                Column(self.tr("告知客户"), lambda r: "" if r.on_time else (self.tr("已告知") if r.customer_told else self.tr("未告知"))),
                Column(self.tr("备注"), lambda r: r.note),
            ],
            self,
        )
        self.progress_view = rows_view(self.progress_model, "progressChecks")
        self.progress_button = QPushButton(self.tr("记录进度检查…"))
        self.progress_button.setObjectName("recordProgress")
        self.progress_button.clicked.connect(self.record_progress)
        progress_box = QGroupBox(self.tr("进度检查"))
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.addWidget(self.progress_state)
        progress_layout.addWidget(self.progress_view, 1)
        progress_layout.addWidget(self.progress_button)

        # --- quality ------------------------------------------------------------------------
        self.quality_state = QLabel()
        self.quality_state.setObjectName("qualityState")
        self.quality_state.setWordWrap(True)
        self.quality_model = RowsModel[QualityCheckRow](
            [
                Column(self.tr("轮次"), lambda r: self.tr("第 %1 次").replace("%1", str(r.round))),
                Column(self.tr("时间"), lambda r: r.at_local),
                Column(self.tr("质检员"), lambda r: r.inspector),
                Column(self.tr("结果"), lambda r: self.tr("合格") if r.passed else self.tr("不合格")),
                Column(self.tr("原因"), lambda r: r.reason, tooltip=lambda r: r.reason),
            ],
            self,
        )
        self.quality_view = rows_view(self.quality_model, "qualityChecks")
        self.quality_button = QPushButton(self.tr("质检…"))
        self.quality_button.setObjectName("recordQuality")
        self.quality_button.clicked.connect(self.record_quality)
        quality_box = QGroupBox(self.tr("质检"))
        quality_layout = QVBoxLayout(quality_box)
        quality_layout.addWidget(self.quality_state)
        quality_layout.addWidget(self.quality_view, 1)
        quality_layout.addWidget(self.quality_button)

        # --- delivery -----------------------------------------------------------------------
        self.item_words = {
            "fault_gone": self.tr("故障已排除"), "old_parts_ready": self.tr("旧件已备好展示"),
            "clean": self.tr("车内外已清洁"), "nothing_left_inside": self.tr("车内无遗留物（抹布、工具、螺栓）"),
            "spare_tyre_and_tools": self.tr("备胎和随车工具已检查"), "covers_removed": self.tr("防护套已取下"),
        }
        self.items: dict[str, QCheckBox] = {}
        items_grid = QGridLayout()
        for position, (key, _words) in enumerate(checks.DELIVERY_ITEMS):
            box = QCheckBox(self.item_words[key])
            box.setObjectName(f"item_{key}")
            self.items[key] = box
            items_grid.addWidget(box, position // 2, position % 2)
        self.delivery_note = QLineEdit()
        self.delivery_note.setObjectName("deliveryNote")
        self.delivery_note.setPlaceholderText(self.tr("备注（可不填），如：旧件放在后备箱"))
        self.delivery_state = QLabel()
        self.delivery_state.setObjectName("deliveryState")
        self.delivery_state.setWordWrap(True)
        self.ready_button = QPushButton(self.tr("完成交车检查并改为待交车"))
        self.ready_button.setObjectName("deliveryReady")
        self.ready_button.clicked.connect(self.finish_delivery_check)
        self.delivery_note.returnPressed.connect(self.finish_delivery_check)
        delivery_box = QGroupBox(self.tr("交车前检查"))
        delivery_layout = QVBoxLayout(delivery_box)
        delivery_layout.addWidget(self.delivery_state)
        delivery_layout.addLayout(items_grid)
        delivery_layout.addWidget(self.delivery_note)
        delivery_layout.addWidget(self.ready_button)
        delivery_layout.addStretch(1)

        # --- repeat repair ------------------------------------------------------------------
        self.repeat_state = QLabel()
        self.repeat_state.setObjectName("repeatState")
        self.repeat_state.setWordWrap(True)
        self.repeat_choice = QComboBox()
        self.repeat_choice.setObjectName("repeatChoice")
        self.repeat_choice.setMinimumContentsLength(20)
        self.repeat_reason = QLineEdit()
        self.repeat_reason.setObjectName("repeatReason")
        self.repeat_reason.setPlaceholderText(self.tr("原因（必填），如：客户说上次修完还是异响"))
        self.mark_button = QPushButton(self.tr("标记为返修"))
        self.mark_button.setObjectName("markRepeat")
        self.mark_button.clicked.connect(self.mark_repeat)
        self.clear_button = QPushButton(self.tr("取消返修标记"))
        self.clear_button.setObjectName("clearRepeat")
        self.clear_button.clicked.connect(self.clear_repeat)
        repeat_box = QGroupBox(self.tr("返修标记（30 天内同一故障再次进厂）"))
        repeat_layout = QFormLayout(repeat_box)
        repeat_layout.addRow(self.repeat_state)
        repeat_layout.addRow(self.tr("上次委托书"), self.repeat_choice)
        repeat_layout.addRow(self.tr("原因"), self.repeat_reason)
        repeat_buttons = QHBoxLayout()
        repeat_buttons.addWidget(self.mark_button)
        repeat_buttons.addWidget(self.clear_button)
        repeat_buttons.addStretch(1)
        repeat_layout.addRow(repeat_buttons)

        grid = QGridLayout(self)
        grid.addWidget(quality_box, 0, 0)
        grid.addWidget(delivery_box, 0, 1)
        grid.addWidget(progress_box, 1, 0)
        grid.addWidget(repeat_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.show_detail(None)

    # --- showing -----------------------------------------------------------------------------

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        overview = (
            self.runner.attempt(self, checks.checks_overview, detail.number, write=False) if detail is not None else None
        )
        self.overview = overview
        self._show_progress(overview)
        self._show_quality(overview)
        self._show_delivery(overview)
        self._show_repeat(overview)

    def _show_progress(self, overview: ChecksOverview | None) -> None:
        self.progress_model.set_rows(overview.progress if overview else [])
        self.progress_button.setEnabled(bool(overview and overview.can_record_progress))
        if overview is None:
            self.progress_state.clear()
            return
        share = overview.share_percent
        if overview.progress_due:
            text = self.tr("已用预计工期 %1%，该向车间询问进度了。").replace("%1", str(share))
            style = AMBER
        elif overview.progress and overview.can_record_progress:
            text, style = self.tr("已检查进度。"), GREEN
        elif share is not None and overview.can_record_progress:
            text, style = self.tr("已用预计工期 %1%（到 70% 时检查）。").replace("%1", str(share)), MUTED
        else:
            text, style = (self.tr("无需进度检查。") if not overview.progress else ""), MUTED
        self.progress_state.setText(text)
        self.progress_state.setStyleSheet(style)

    def _show_quality(self, overview: ChecksOverview | None) -> None:
        self.quality_model.set_rows(overview.quality if overview else [])
        self.quality_button.setEnabled(bool(overview and overview.can_quality_check))
        if overview is None:
            self.quality_state.clear()
            return
        technicians = list_text(overview.technicians)
        if overview.can_quality_check and overview.quality_passed:
            text, style = self.tr("本轮质检已合格。"), GREEN
        elif overview.can_quality_check:
            text, style = self.tr("待质检：质检员不能是本单的维修技师。"), AMBER
        elif overview.status == OrderStatus.IN_PROGRESS.value and overview.quality and not overview.quality[-1].passed:
            text = self.tr("返修中：%1").replace("%1", overview.quality[-1].reason)
            style = RED
        else:
            text = self.tr("改为「质检中」后才能质检。") if not overview.quality else ""
            style = MUTED
        if technicians:
            text += self.tr(" 维修技师：%1").replace("%1", technicians)
        self.quality_state.setText(text.strip())
        self.quality_state.setStyleSheet(style)

    def _show_delivery(self, overview: ChecksOverview | None) -> None:
        can = bool(overview and overview.can_delivery_check and not overview.delivery_done)
        last: DeliveryCheckRow | None = overview.delivery[-1] if overview and overview.delivery else None
        done = bool(overview and last and (overview.delivery_done or overview.status in (
            OrderStatus.READY.value, OrderStatus.SETTLED.value, OrderStatus.RELEASED.value)))
        for key, box in self.items.items():
            applies = key != "old_parts_ready" or bool(overview and overview.old_parts_needed)
            box.setEnabled(can and applies)
            if key == "old_parts_ready":
                box.setText(self.item_words[key] if applies else self.tr("旧件：本店处理或无旧件，不需展示"))
            if not can:
                box.setChecked(bool(done and last and dict(last.items).get(key)))
        self.delivery_note.setEnabled(can)
        self.ready_button.setEnabled(can)
        if not can:
            self.delivery_note.clear()
        if overview is None:
            self.delivery_state.clear()
            return
        if done and last is not None:
            text = self.tr("%1 由 %2 完成交车前检查。").replace("%1", last.at_local).replace("%2", last.staff or "—")
            style = GREEN
        elif overview.can_delivery_check:
            text, style = self.tr("质检合格：逐项确认后完成交车检查，车辆改为「待交车」。"), AMBER
        else:
            text, style = self.tr("质检合格后逐项确认。"), MUTED
        self.delivery_state.setText(text)
        self.delivery_state.setStyleSheet(style)

    def _show_repeat(self, overview: ChecksOverview | None) -> None:
        self.repeat_choice.clear()
        editable = bool(overview and overview.editable)
        if overview is not None:
            for earlier in overview.earlier_orders:
                complaint = earlier.complaint.replace("\n", " ")
                if len(complaint) > 24:
                    complaint = complaint[:23] + "…"
                self.repeat_choice.addItem(f"{earlier.number}  {earlier.opened_local[:10]}  {complaint}", earlier.number)
            if overview.repeat_of:
                self.repeat_choice.setCurrentIndex(max(self.repeat_choice.findData(overview.repeat_of), 0))
        self.repeat_choice.setEnabled(editable and self.repeat_choice.count() > 0)
        self.repeat_reason.setEnabled(editable)
        self.mark_button.setEnabled(editable and self.repeat_choice.count() > 0)
        self.clear_button.setEnabled(editable and bool(overview and overview.repeat_of))
        if overview is None:
            self.repeat_state.clear()
        elif overview.repeat_of:
            self.repeat_state.setText(self.tr("返修：本单是 %1 的返修。").replace("%1", overview.repeat_of))
            self.repeat_state.setStyleSheet(RED)
        else:
            self.repeat_state.setText(self.tr("不是返修。") if overview.earlier_orders else self.tr("这辆车没有以前的委托书。"))
            self.repeat_state.setStyleSheet(MUTED)

    # --- actions -----------------------------------------------------------------------------

    def record_progress(self) -> None:
        if self.overview is None:
            return
        self.dialog = ProgressCheckDialog(
            self.runner, self.overview.number, self.overview.promised_local, self.overview.version, self,
        )
        self.dialog.open()

    def record_quality(self) -> None:
        if self.overview is None or not self.overview.can_quality_check:
            return
        self.dialog = QualityCheckDialog(self.runner, self.overview, self)
        self.dialog.open()

    def finish_delivery_check(self) -> None:
        if self.overview is None or not self.ready_button.isEnabled():
            return
        values = {key: box.isChecked() for key, box in self.items.items()}
        if not self.overview.old_parts_needed:
            values["old_parts_ready"] = False  # does not apply
        self.runner.attempt(
            self, checks.pass_and_ready, self.overview.number, **values, note=self.delivery_note.text(),
            staff_id=self.runner.staff_id, expected_version=self.overview.version,
        )

    def mark_repeat(self) -> None:
        if self.overview is None or self.repeat_choice.currentData() is None:
            return
        done = self.runner.attempt(
            self, checks.mark_repeat, self.overview.number, repeat_of=self.repeat_choice.currentData(),
            reason=self.repeat_reason.text(), staff_id=self.runner.staff_id, expected_version=self.overview.version,
        )
        if done is not None:
            self.repeat_reason.clear()

    def clear_repeat(self) -> None:
        if self.overview is None or not self.overview.repeat_of:
            return
        question = self.tr("取消 %1 的返修标记吗？").replace("%1", self.overview.number)
        if not self.runner.reporter.confirm(self, question):
            return
        done = self.runner.attempt(
            self, checks.mark_repeat, self.overview.number, repeat_of=None, reason=self.repeat_reason.text(),
            staff_id=self.runner.staff_id, expected_version=self.overview.version,
        )
        if done is not None:
            self.repeat_reason.clear()
