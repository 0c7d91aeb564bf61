"""本店信息: the shop's name, address, phone, labour rate and opening hours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desk.services import shop
from desk.services.privacy import PRIVACY_SETTINGS
from desk.views.runner import Runner


class ShopDialog(QDialog):
    """Edits the settings printed on every document; saved in one action."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("本店信息"))
        self.info = runner.attempt(self, shop.shop_info, write=False)
        self.name_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.rate_edit = QLineEdit()
        self.opening_edit = QTimeEdit()
        self.closing_edit = QTimeEdit()
        for edit in (self.opening_edit, self.closing_edit):
            edit.setDisplayFormat("HH:mm")
        self.slot_spin = QSpinBox()
        self.slot_spin.setRange(5, 60)
        self.slot_spin.setSuffix(self.tr(" 分钟"))
        self.buffer_spin = QSpinBox()
        self.buffer_spin.setRange(0, 12)
        self.buffer_spin.setSpecialValueText(self.tr("不留空档"))
        self.hours_edit = QLineEdit()
        # The promised time: the quality-check and wash buffer, and the days the workshop is closed.
        self.quality_buffer_spin = QSpinBox()
        self.quality_buffer_spin.setObjectName("qualityBuffer")
        self.quality_buffer_spin.setRange(0, 480)
        self.quality_buffer_spin.setSingleStep(5)
        self.quality_buffer_spin.setSuffix(self.tr(" 分钟"))
        self.idle_lock_spin = QSpinBox()
        self.idle_lock_spin.setObjectName("idleLock")
        self.idle_lock_spin.setRange(0, 240)
        self.idle_lock_spin.setSuffix(self.tr(" 分钟"))
        self.idle_lock_spin.setSpecialValueText(self.tr("不自动锁屏"))
        self.closed_boxes: dict[int, QCheckBox] = {}
        closed_row = QHBoxLayout()
        for day, name in enumerate(
            [self.tr("一"), self.tr("二"), self.tr("三"), self.tr("四"), self.tr("五"), self.tr("六"), self.tr("日")], 1
        ):
            box = QCheckBox(name)
            box.setObjectName(f"closed_{day}")
            self.closed_boxes[day] = box
            closed_row.addWidget(box)
        closed_row.addStretch(1)
        self.privacy_combo = QComboBox()
        for key, label in PRIVACY_SETTINGS.items():
            self.privacy_combo.addItem(QCoreApplication.translate("privacy", label), key)
        if self.info is not None:
            self.name_edit.setText(self.info.name)
            self.address_edit.setText(self.info.address)
            self.phone_edit.setText(self.info.phone)
            self.rate_edit.setText(self.info.labour_rate)
            self.opening_edit.setTime(self.info.opening_time)
            self.closing_edit.setTime(self.info.closing_time)
            self.slot_spin.setValue(self.info.slot_minutes)
            self.buffer_spin.setValue(self.info.slots_before_buffer)
            self.hours_edit.setText(self.info.working_hours)
            self.quality_buffer_spin.setValue(self.info.quality_buffer_minutes)
            self.idle_lock_spin.setValue(self.info.idle_lock_minutes)
            for day, box in self.closed_boxes.items():
                box.setChecked(day in self.info.closed_weekdays)
            self.privacy_combo.setCurrentIndex(max(0, self.privacy_combo.findData(self.info.privacy)))
        form = QFormLayout(self)
        form.addRow(self.tr("店名"), self.name_edit)
        form.addRow(self.tr("地址"), self.address_edit)
        form.addRow(self.tr("电话"), self.phone_edit)
        form.addRow(self.tr("工时单价（元/小时）"), self.rate_edit)
        form.addRow(self.tr("上班时间"), self.opening_edit)
        form.addRow(self.tr("下班时间"), self.closing_edit)
        form.addRow(self.tr("预约时段长度"), self.slot_spin)
        form.addRow(self.tr("每约几个时段留一个空档"), self.buffer_spin)
        form.addRow(self.tr("技师每日工时（小时）"), self.hours_edit)
        form.addRow(self.tr("质检洗车预留（分钟）"), self.quality_buffer_spin)
        form.addRow(self.tr("休息日"), closed_row)
        form.addRow(self.tr("欢迎牌和车间看板上的客户"), self.privacy_combo)
        form.addRow(self.tr("无人操作多久后锁屏"), self.idle_lock_spin)
        # The KPI targets (指标 tab) are a setting too; their own small dialog saves them at once.
        targets_button = QPushButton(self.tr("设置考核目标…"))
        targets_button.setObjectName("kpiTargets")
        targets_button.clicked.connect(self.on_kpi_targets)
        form.addRow(self.tr("绩效考核目标"), targets_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def on_kpi_targets(self) -> None:
        from desk.views.kpi_tab import KpiTargetsDialog  # Qt Charts only loaded when needed

        if KpiTargetsDialog(self.runner, self).exec():
            # The targets dialog saved the settings row: take its new version for this dialog's save.
            info = self.runner.attempt(self, shop.shop_info, write=False)
            if info is not None and self.info is not None:
                self.info = info

    def save(self) -> None:
        saved = self.runner.attempt(
            self, shop.update_shop, name=self.name_edit.text(), address=self.address_edit.text(),
            phone=self.phone_edit.text(), labour_rate=self.rate_edit.text(),
            opening_time=self.opening_edit.time().toPython(), closing_time=self.closing_edit.time().toPython(),
            slot_minutes=self.slot_spin.value(), slots_before_buffer=self.buffer_spin.value(),
            working_hours=self.hours_edit.text(), privacy=self.privacy_combo.currentData(),
            quality_buffer_minutes=self.quality_buffer_spin.value(), idle_lock_minutes=self.idle_lock_spin.value(),
            closed_weekdays=[day for day, box in self.closed_boxes.items() if box.isChecked()],
            staff_id=self.runner.staff_id, expected_version=self.info.version if self.info else None,
        )
        if saved is not None:
            self.info = saved
            self.accept()
