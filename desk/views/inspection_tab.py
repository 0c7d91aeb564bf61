"""环车检查: the walk-around with the customer beside the car, up to the signature and the order.

Start from today's appointment (or from the board) or as a walk-in: type or scan the plate or VIN
(a scanner types like a keyboard and ends with Enter, so the field looks the car up and moves
on), correct or register the customer and the car in place, then 开始环车检查. Fill in mileage,
fuel, keys, the customer's own words (one per line), the checklist (each item 正常 or 有问题 with a
note) and valuables; click the car drawing to place marks of the chosen kind, drag them, give
them a note and photos. The customer signs on the pad; signing freezes the revision (修订 makes a
new one that needs a new signature). Then 开委托书 opens the repair order pre-filled, and the
check-in sheet prints from here (a draft before the signature).

Signals:
    order_opened(str): a repair order was opened from the inspection; the main window shows it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import Role
from desk.printing.checkin_sheet import render_checkin_sheet
from desk.services import checkin_documents, customers, inspections, shop
from desk.services.changes import Changes
from desk.services.errors import Conflict, DeskError
from desk.services.inspections import Answer, InspectionDetail, InspectionForm, Valuable
from desk.views.car_drawing import CarDrawing
from desk.views.conflict_note import ConflictNote, Field, field
from desk.views.fuel_gauge import FuelGauge
from desk.views.pdf_preview import PdfPreview
from desk.views.customer_car_fields import CustomerCarFields
from desk.views.runner import Runner, translate_error
from desk.views.signature_pad import SignaturePad

IMAGE_FILTER = "*.jpg *.jpeg *.png *.gif *.bmp *.webp"


def _changed_answers(
    old: dict[str, tuple[bool | None, str]], new: dict[str, tuple[bool | None, str]],
) -> dict[str, tuple[bool | None, str]] | None:
    """The checklist items answered differently since the form was loaded."""
    changed = {key: answer for key, answer in new.items() if old.get(key) != answer}
    return changed or None


class InspectionTab(QWidget):
    """The walk-around form, the car drawing and the signature pad."""

    order_opened = Signal(str)

    @property
    def customer_id(self) -> int | None:
        return self.car.customer_id

    @property
    def vehicle_id(self) -> int | None:
        return self.car.vehicle_id

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.car = CustomerCarFields(runner, self)
        self.detail: InspectionDetail | None = None
        self.rows: dict[str, tuple[QWidget, QPushButton, QPushButton, QLineEdit, str]] = {}
        self.kind_names = {
            "scratch": self.tr("划痕"), "dent": self.tr("凹陷"), "crack": self.tr("裂纹"),
            "chip": self.tr("掉漆"), "other": self.tr("其他"),
        }
        self.handling_names = {"returned": self.tr("已当场交还客户"), "kept": self.tr("经客户同意留车保管")}
        self._thumbs: dict[int, QPixmap] = {}

        # --- the car: appointment, scan, customer and car --------------------------------------
        self.appointment_combo = QComboBox()
        self.appointment_combo.setObjectName("appointments")
        self.appointment_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.appointment_combo.setMinimumContentsLength(6)
        self.from_appointment_button = QPushButton(self.tr("从预约开始"))
        self.from_appointment_button.clicked.connect(self.on_start_from_combo)
        self.name_edit, self.phone_edit, self.plate_edit, self.vin_edit, self.model_edit, self.colour_edit = (
            self.car.edits()
        )
        self.plate_edit.setPlaceholderText(self.tr("如 粤B·D12345，回车查找"))
        self.vin_edit.setObjectName("vin")
        self.vin_edit.setPlaceholderText(self.tr("17 位，可用扫码枪扫描，回车查找"))
        self.car_label = QLabel()
        self.car_label.setWordWrap(True)
        self.save_car_button = QPushButton(self.tr("保存客户和车辆"))
        self.save_car_button.clicked.connect(self.save_car)
        self.new_car_button = QPushButton(self.tr("新客户"))
        self.new_car_button.clicked.connect(self.clear_car)
        self.start_button = QPushButton(self.tr("开始环车检查"))
        self.start_button.setObjectName("primary")
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start_walk_in)
        self.plate_edit.returnPressed.connect(lambda: self.on_lookup(self.plate_edit))
        self.vin_edit.returnPressed.connect(lambda: self.on_lookup(self.vin_edit))

        car_box = QGroupBox(self.tr("车辆与客户"))
        car_form = QFormLayout(car_box)
        appointment_row = QHBoxLayout()
        appointment_row.addWidget(self.appointment_combo, 1)
        appointment_row.addWidget(self.from_appointment_button)
        car_form.addRow(self.tr("今日预约"), appointment_row)
        car_form.addRow(self.tr("车牌号"), self.plate_edit)
        car_form.addRow(self.tr("车架号 (VIN)"), self.vin_edit)
        car_form.addRow(self.tr("客户姓名"), self.name_edit)
        car_form.addRow(self.tr("手机号"), self.phone_edit)
        car_form.addRow(self.tr("车型"), self.model_edit)
        car_form.addRow(self.tr("颜色"), self.colour_edit)
        car_form.addRow(self.car_label)
        car_buttons = QHBoxLayout()
        car_buttons.addWidget(self.save_car_button)
        car_buttons.addWidget(self.new_car_button)
        car_buttons.addStretch(1)
        car_form.addRow(car_buttons)
        car_form.addRow(self.start_button)

        # --- intake facts -----------------------------------------------------------------------
        self.status_label = QLabel()
        self.status_label.setObjectName("inspectionStatus")
        self.status_label.setWordWrap(True)
        self.mileage_edit = QLineEdit()
        self.mileage_edit.setPlaceholderText(self.tr("公里数"))
        self.mileage_reason_edit = QLineEdit()
        self.mileage_reason_edit.setPlaceholderText(self.tr("里程比上次少时必填，如 更换过仪表"))
        self.fuel_gauge = FuelGauge()
        self.keys_spin = QSpinBox()
        self.keys_spin.setRange(-1, inspections.MAX_KEYS)
        self.keys_spin.setSpecialValueText(self.tr("未填"))
        self.keys_spin.setSuffix(self.tr(" 把"))
        self.keys_spin.setValue(-1)
        self.first_service_box = QCheckBox(self.tr("首保"))
        self.first_service_box.setToolTip(self.tr("首次保养：需举升车辆，简易检查底盘"))
        self.first_service_box.toggled.connect(self.on_first_service)
        self.advisor_combo = QComboBox()
        self.complaints_edit = QPlainTextEdit()
        self.complaints_edit.setPlaceholderText(self.tr("客户的原话，一行一项（回车换行，Tab 到下一项）"))
        self.complaints_edit.setTabChangesFocus(True)
        self.complaints_edit.setFixedHeight(84)
        facts_box = QGroupBox(self.tr("接车信息"))
        facts = QFormLayout(facts_box)
        facts.addRow(self.status_label)
        facts.addRow(self.tr("进厂里程"), self.mileage_edit)
        facts.addRow(self.tr("里程说明"), self.mileage_reason_edit)
        facts.addRow(self.tr("燃油"), self.fuel_gauge)
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.keys_spin)
        keys_row.addWidget(self.first_service_box, 1)
        facts.addRow(self.tr("钥匙"), keys_row)
        facts.addRow(self.tr("服务顾问"), self.advisor_combo)
        facts.addRow(self.tr("故障描述"), self.complaints_edit)

        # --- valuables --------------------------------------------------------------------------
        self.valuables_table = QTableWidget(0, 2)
        self.valuables_table.setObjectName("valuables")
        self.valuables_table.setHorizontalHeaderLabels([self.tr("物品"), self.tr("处理")])
        self.valuables_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.valuables_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.valuables_table.setColumnWidth(1, 176)
        self.valuables_table.verticalHeader().hide()
        self.valuables_table.setFixedHeight(96)
        self.valuables_table.setTabKeyNavigation(False)
        self.add_valuable_button = QPushButton(self.tr("添加物品"))
        self.add_valuable_button.clicked.connect(lambda: self.add_valuable_row("", "returned", edit=True))
        self.remove_valuable_button = QPushButton(self.tr("删除物品"))
        self.remove_valuable_button.clicked.connect(self.remove_valuable_row)
        valuables_box = QGroupBox(self.tr("车内贵重物品"))
        valuables_layout = QVBoxLayout(valuables_box)
        valuables_layout.addWidget(self.valuables_table)
        valuable_buttons = QHBoxLayout()
        valuable_buttons.addWidget(self.add_valuable_button)
        valuable_buttons.addWidget(self.remove_valuable_button)
        valuable_buttons.addStretch(1)
        valuables_layout.addLayout(valuable_buttons)

        # --- checklist --------------------------------------------------------------------------
        self.checklist_box = QGroupBox(self.tr("环车检查项目"))
        self.checklist_grid = QGridLayout()
        self.checklist_grid.setHorizontalSpacing(6)
        self.checklist_grid.setVerticalSpacing(3)
        self.all_ok_button = QPushButton(self.tr("其余项目全部正常"))
        self.all_ok_button.clicked.connect(self.on_all_ok)
        checklist_layout = QVBoxLayout(self.checklist_box)
        checklist_layout.addLayout(self.checklist_grid)
        checklist_layout.addWidget(self.all_ok_button, 0, Qt.AlignmentFlag.AlignRight)
        checklist_layout.addStretch(1)

        # --- car drawing and marks --------------------------------------------------------------
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        kinds_row = QHBoxLayout()
        kinds_row.addWidget(QLabel(self.tr("标记类型：")))
        self.kind_buttons: dict[str, QPushButton] = {}
        for kind in inspections.MARK_KINDS:
            button = QPushButton(self.kind_names[kind])
            button.setObjectName(f"kind_{kind}")
            button.setCheckable(True)
            button.setIcon(self._kind_icon(kind))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
            button.toggled.connect(lambda on, k=kind: on and self.drawing.set_kind(k))
        kinds_row.addStretch(1)
        self.drawing = CarDrawing()
        self.kind_buttons["scratch"].setChecked(True)
        self.drawing.mark_added.connect(self.on_mark_added)
        self.drawing.mark_moved.connect(self.on_mark_moved)
        self.drawing.mark_selected.connect(self.on_mark_selected)
        self.drawing.delete_requested.connect(self.remove_mark)
        self.drawing_hint = QLabel(self.tr("点击车身放置标记；拖动可移动；选中后按 Delete 删除。"))
        self.drawing_hint.setObjectName("hint")
        self.mark_label = QLabel(self.tr("未选中标记"))
        self.mark_kind_combo = QComboBox()
        for kind, name in self.kind_names.items():
            self.mark_kind_combo.addItem(name, kind)
        self.mark_note_edit = QLineEdit()
        self.mark_note_edit.setPlaceholderText(self.tr("说明，如 左前门划痕约 10 cm"))
        self.mark_note_edit.returnPressed.connect(self.save_mark)
        self.mark_kind_combo.activated.connect(lambda _i: self.save_mark())
        self.mark_note_edit.editingFinished.connect(self.save_mark)
        self.photos_list = QListWidget()
        self.photos_list.setObjectName("photos")
        self.photos_list.setViewMode(QListView.ViewMode.IconMode)
        self.photos_list.setIconSize(QSize(56, 56))
        self.photos_list.setFixedHeight(74)
        self.photos_list.setToolTip(self.tr("选中标记后可添加照片（JPEG、PNG 等）"))
        self.photos_list.setFlow(QListView.Flow.LeftToRight)
        self.photos_list.setWrapping(False)
        self.add_photo_button = QPushButton(self.tr("添加照片…"))
        self.add_photo_button.clicked.connect(self.on_add_photos)
        self.remove_photo_button = QPushButton(self.tr("删除照片"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.remove_mark_button = QPushButton(self.tr("删除标记"))
        self.remove_mark_button.clicked.connect(lambda: self.drawing.selected_id and self.remove_mark(self.drawing.selected_id))
        drawing_box = QGroupBox(self.tr("车身外观（损伤标记）"))
        drawing_layout = QVBoxLayout(drawing_box)
        drawing_layout.addLayout(kinds_row)
        drawing_layout.addWidget(self.drawing, 1)
        drawing_layout.addWidget(self.drawing_hint)
        mark_grid = QGridLayout()
        mark_grid.addWidget(self.mark_label, 0, 0)
        mark_grid.addWidget(self.mark_kind_combo, 0, 1)
        mark_grid.addWidget(self.mark_note_edit, 0, 2)
        mark_grid.addWidget(self.remove_mark_button, 0, 3)
        mark_grid.addWidget(self.photos_list, 1, 0, 1, 3)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.add_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        mark_grid.addLayout(photo_buttons, 1, 3)
        mark_grid.setColumnStretch(2, 1)
        drawing_layout.addLayout(mark_grid)

        # --- signature and actions --------------------------------------------------------------
        self.pad = SignaturePad()
        self.pad.set_hint(self.tr("请客户在此签字确认"))
        self.clear_pad_button = QPushButton(self.tr("清除"))
        self.clear_pad_button.clicked.connect(self.pad.clear)
        self.sign_button = QPushButton(self.tr("客户签字确认"))
        self.sign_button.setObjectName("primary")
        self.sign_button.clicked.connect(self.sign)
        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.draft_button = QPushButton(self.tr("打印草稿"))
        self.draft_button.clicked.connect(lambda: self.preview(draft=True))
        self.print_button = QPushButton(self.tr("打印接车登记表"))
        self.print_button.clicked.connect(lambda: self.preview(draft=False))
        self.revise_button = QPushButton(self.tr("修订（新版本）"))
        self.revise_button.clicked.connect(self.revise)
        self.open_order_button = QPushButton(self.tr("开委托书"))
        self.open_order_button.setObjectName("primary")
        self.open_order_button.clicked.connect(self.open_order)
        self.revision_label = QLabel()
        self.revision_label.setObjectName("hint")
        sign_box = QGroupBox(self.tr("客户签字"))
        sign_layout = QVBoxLayout(sign_box)
        sign_layout.addWidget(self.pad)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.revision_label, 1)
        sign_row.addWidget(self.clear_pad_button)
        sign_row.addWidget(self.sign_button)
        sign_layout.addLayout(sign_row)
        actions = QHBoxLayout()
        for button in (self.save_button, self.draft_button, self.print_button, self.revise_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.open_order_button)
        sign_layout.addLayout(actions)

        # --- layout: form | checklist | drawing and signature -----------------------------------
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(car_box)
        left_layout.addWidget(facts_box)
        left_layout.addWidget(valuables_box)
        left_layout.addStretch(1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 4, 0)
        middle_layout.addWidget(self.checklist_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(drawing_box, 1)
        right_layout.addWidget(sign_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._scrolling(left))
        splitter.addWidget(self._scrolling(middle))
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 5)
        splitter.setSizes([430, 480, 650])
        # Another PC saved this walk-around first: the latest form is shown and what was typed here
        # is offered back above it (desk.views.conflict_note).
        self.conflict_note = ConflictNote()
        self.conflict_note.watch([
            field(self.tr("进厂里程"), self.mileage_edit), field(self.tr("里程说明"), self.mileage_reason_edit),
            Field(self.tr("燃油"), lambda: self.fuel_gauge.level, lambda v: self.fuel_gauge.set_level(v),
                  lambda v: self.tr("未填") if v is None else f"{v}/8", widget=self.fuel_gauge),
            field(self.tr("钥匙"), self.keys_spin), field(self.tr("首保"), self.first_service_box),
            field(self.tr("服务顾问"), self.advisor_combo), field(self.tr("故障描述"), self.complaints_edit),
            Field(self.tr("贵重物品"), self._valuables, self._put_valuables, self._valuables_text,
                  widget=self.valuables_table),
            Field(self.tr("检查项目"), self._answers, self._put_answers, self._answers_text, _changed_answers),
        ])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.conflict_note)
        layout.addWidget(splitter)

        # Enter moves on in one-line fields, boxes and the gauge
        for widget in (self.name_edit, self.phone_edit, self.model_edit, self.mileage_edit, self.mileage_reason_edit):
            widget.returnPressed.connect(self.focusNextChild)
        self.colour_edit.returnPressed.connect(self.save_car)
        for widget in (self.keys_spin, self.fuel_gauge, self.first_service_box, self.advisor_combo, self.appointment_combo):
            widget.installEventFilter(self)

        runner.changed.connect(self.on_changed)
        runner.staff_changed.connect(lambda _id: self._preselect_advisor())
        self.reload_choices()
        self.show_inspection(None)
        self._fix_tab_order()

    @staticmethod
    def _scrolling(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return area

    def _kind_icon(self, kind: str) -> QIcon:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPainter

        from desk.views.car_drawing import paint_mark

        pixmap = QPixmap(20, 20)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_mark(painter, kind, 0, QPointF(10, 10), 6.5)
        painter.end()
        return QIcon(pixmap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
            if watched is self.appointment_combo:
                self.on_start_from_combo()
            elif isinstance(watched, QPushButton):  # a checklist answer: Enter chooses it and moves on
                watched.click()
                self.focusNextChild()
            else:
                self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    def _fix_tab_order(self) -> None:
        """Top to bottom, left to right: the car, the facts, valuables, the checklist, marks, signature."""
        chain: list[QWidget] = [
            self.appointment_combo, self.from_appointment_button, self.plate_edit, self.vin_edit, self.name_edit,
            self.phone_edit, self.model_edit, self.colour_edit, self.save_car_button, self.new_car_button,
            self.start_button, self.mileage_edit, self.mileage_reason_edit, self.fuel_gauge, self.keys_spin,
            self.first_service_box, self.advisor_combo, self.complaints_edit, self.valuables_table,
            self.add_valuable_button, self.remove_valuable_button,
        ]
        for _widget, ok, problem, note, _when in self.rows.values():
            chain += [ok, problem, note]
        chain += [
            self.all_ok_button, *self.kind_buttons.values(), self.drawing, self.mark_kind_combo, self.mark_note_edit,
            self.remove_mark_button, self.photos_list, self.add_photo_button, self.remove_photo_button, self.pad,
            self.clear_pad_button, self.sign_button, self.save_button, self.draft_button, self.print_button,
            self.revise_button, self.open_order_button,
        ]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    # --- choices ----------------------------------------------------------------------------

    def reload_choices(self) -> None:
        advisors = self.runner.attempt(self, shop.list_staff, Role.ADVISOR, write=False) or []
        current = self.advisor_combo.currentData()
        self.advisor_combo.clear()
        for advisor in advisors:
            self.advisor_combo.addItem(advisor.name, advisor.id)
        if current is not None:
            index = self.advisor_combo.findData(current)
            if index >= 0:
                self.advisor_combo.setCurrentIndex(index)
        else:
            self._preselect_advisor()
        self.reload_appointments()

    def _preselect_advisor(self) -> None:
        if self.detail is None:
            index = self.advisor_combo.findData(self.runner.staff_id)
            if index >= 0:
                self.advisor_combo.setCurrentIndex(index)

    def reload_appointments(self) -> None:
        rows = self.runner.attempt(self, inspections.today_appointments, write=False) or []
        current = self.appointment_combo.currentData()
        self.appointment_combo.clear()
        self.appointment_combo.addItem(self.tr("（直接到店，不用预约）"), None)
        for row in rows:
            self.appointment_combo.addItem(f"{row.slot_local[-5:]}  {row.plate}  {row.customer}  {row.requested_work}", row.number)
        index = self.appointment_combo.findData(current)
        self.appointment_combo.setCurrentIndex(max(index, 0))

    def on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.reload_choices()
        elif changes.appointments:
            self.reload_appointments()

    # --- the car ----------------------------------------------------------------------------

    def on_lookup(self, field: QLineEdit) -> None:
        """Enter (or the scanner's Enter) in the plate or VIN field: find the car and move on."""
        found = self.runner.attempt(self, inspections.find_car, field.text(), write=False)
        if found is not None:
            if self.detail is not None and self.detail.vehicle_id != found.vehicle.id:
                self.show_inspection(None)  # another car: its own walk-around
            self.show_car(found.customer, found.vehicle)
            self.car_label.setText(self.tr("已找到：%1 %2").replace("%1", found.vehicle.plate).replace("%2", found.customer.name))
            self.start_button.setFocus()
        else:
            if self.car.vehicle_id is None:
                self.car_label.setText(self.tr("没有找到这辆车，请登记客户和车辆后保存。"))
            self.focusNextChild()

    def show_car(self, card: customers.CustomerCard, vehicle: customers.VehicleCard | None) -> None:
        self.car.show_customer(card)
        self.car.show_vehicle(vehicle)
        if vehicle is not None and vehicle.last_mileage is not None:
            self.mileage_edit.setPlaceholderText(self.tr("上次 %1 公里").replace("%1", f"{vehicle.last_mileage:,}"))
        self._update_buttons()

    def clear_car(self) -> None:
        self.car.clear()
        self.car_label.clear()
        self.show_inspection(None)
        self.plate_edit.setFocus()

    def save_car(self) -> bool:
        saved = self.car.save()
        if saved is None:
            return False
        self.show_car(*saved)
        self.car_label.setText(self.tr("客户和车辆已保存。"))
        self.start_button.setFocus()
        return True

    # --- starting ---------------------------------------------------------------------------

    def on_start_from_combo(self) -> None:
        number = self.appointment_combo.currentData()
        if number:
            self.start_from_appointment(number)

    def start_from_appointment(self, number: str) -> None:
        """Start (or take up again) the walk-around of a booked car, e.g. from the board."""
        self.reload_appointments()
        detail = self.runner.attempt(
            self, inspections.start, appointment_number=number, staff_id=self.runner.staff_id,
        )
        if detail is not None:
            self._load_car_of(detail)
            self.show_inspection(detail)
            self.appointment_combo.setCurrentIndex(max(self.appointment_combo.findData(number), 0))
            self.mileage_edit.setFocus()

    def start_walk_in(self) -> None:
        if self.car.vehicle_id is None:
            if not self.plate_edit.text().strip() or not self.save_car():
                if self.car.vehicle_id is None:
                    self.runner.reporter.error(self, self.tr("请先找到或登记车辆，再开始环车检查。"))
                return
        detail = self.runner.attempt(
            self, inspections.start, vehicle_id=self.car.vehicle_id, advisor_id=self.advisor_combo.currentData(),
            staff_id=self.runner.staff_id,
        )
        if detail is not None:
            self.show_inspection(detail)
            self.mileage_edit.setFocus()

    def _load_car_of(self, detail: InspectionDetail) -> None:
        card = self.runner.attempt(self, customers.customer_card, detail.customer_id, write=False)
        if card is not None:
            self.show_car(card, next((v for v in card.vehicles if v.id == detail.vehicle_id), None))

    # --- showing an inspection --------------------------------------------------------------

    def show_inspection(self, detail: InspectionDetail | None, *, form: bool = True) -> None:
        """Show an inspection; with ``form=False`` only the marks, version and state change."""
        previous = self.detail
        self.detail = detail
        if detail is None:
            self.status_label.setText(self.tr("选择今日预约，或找到车辆后点“开始环车检查”。"))
            self._build_checklist([])
            self.drawing.set_marks([])
            self.pad.show_signed(None)
            self.pad.clear()
            self.revision_label.clear()
            self._show_mark(None)
            self._update_buttons()
            return
        if form or previous is None or previous.id != detail.id:
            self._fill_form(detail)
            self.conflict_note.loaded()
        self.drawing.set_marks(detail.marks)
        self._show_mark(self.drawing.selected_id)
        state = (
            self.tr("已签字 %1").replace("%1", detail.signed_local) if detail.signed else self.tr("待客户签字")
        )
        status = self.tr("%1 · 第 %2 版 · %3").replace("%1", detail.plate).replace("%2", str(detail.revision)).replace("%3", state)
        if detail.order_number:
            status += self.tr(" · 委托书 %1").replace("%1", detail.order_number)
        if not detail.latest:
            status += self.tr(" · 旧版本")
        self.status_label.setText(status)
        versions = self.tr("，").join(
            self.tr("第 %1 版").replace("%1", str(r.revision)) + (f" {r.signed_local}" if r.signed_local else self.tr(" 未签字"))
            for r in detail.revisions
        )
        self.revision_label.setText(versions)
        self._update_buttons()

    def _fill_form(self, detail: InspectionDetail) -> None:
        self.mileage_edit.setText("" if detail.mileage is None else str(detail.mileage))
        if detail.last_mileage is not None:
            self.mileage_edit.setPlaceholderText(self.tr("上次 %1 公里").replace("%1", f"{detail.last_mileage:,}"))
        self.mileage_reason_edit.setText(detail.mileage_reason)
        self.fuel_gauge.set_level(detail.fuel_eighths, notify=False)
        self.keys_spin.setValue(-1 if detail.keys is None else detail.keys)
        self.first_service_box.blockSignals(True)
        self.first_service_box.setChecked(detail.first_service)
        self.first_service_box.blockSignals(False)
        index = self.advisor_combo.findData(detail.advisor_id)
        if index >= 0:
            self.advisor_combo.setCurrentIndex(index)
        self.complaints_edit.setPlainText("\n".join(detail.complaints))
        self.valuables_table.setRowCount(0)
        for valuable in detail.valuables:
            self.add_valuable_row(valuable.item, valuable.handling)
        self._build_checklist(detail.checklist)
        if detail.signed:
            png = self.runner.attempt(self, inspections.signature_png, detail.id, write=False)
            self.pad.show_signed(png)
        else:
            self.pad.clear()

    def _build_checklist(self, items) -> None:  # type: ignore[no-untyped-def]
        while self.checklist_grid.count():
            item = self.checklist_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = {}
        group = None
        row = 0
        for item in items:
            if item.group != group:
                group = item.group
                title = QLabel(group)
                title.setObjectName("checklistGroup")
                title.setStyleSheet("font-weight: bold; color: #27384d; padding-top: 6px;")
                self.checklist_grid.addWidget(title, row, 0, 1, 4)
                title.setProperty("when", item.when)
                row += 1
            label = QLabel(item.label)
            ok = QPushButton(self.tr("正常"))
            ok.setObjectName(f"ok_{item.key}")
            problem = QPushButton(self.tr("有问题"))
            problem.setObjectName(f"problem_{item.key}")
            note = QLineEdit()
            note.setObjectName(f"note_{item.key}")
            note.setPlaceholderText(self.tr("问题说明"))
            for button, colour in ((ok, "#2e7d32"), (problem, "#c62828")):
                button.setCheckable(True)
                button.setAutoDefault(False)
                button.setStyleSheet(
                    f"QPushButton {{ padding: 3px 8px; }} QPushButton:checked {{ background: {colour}; color: white; border-color: {colour}; }}"
                )
            group_buttons = QButtonGroup(label)
            group_buttons.addButton(ok)
            group_buttons.addButton(problem)
            if item.ok is True:
                ok.setChecked(True)
            elif item.ok is False:
                problem.setChecked(True)
            note.setText(item.note)
            problem.toggled.connect(lambda on, n=note: on and not n.text() and n.setFocus())
            note.textEdited.connect(lambda text, p=problem: text.strip() and p.setChecked(True))
            note.returnPressed.connect(self.focusNextChild)
            for button in (ok, problem):
                button.installEventFilter(self)
            self.checklist_grid.addWidget(label, row, 0)
            self.checklist_grid.addWidget(ok, row, 1)
            self.checklist_grid.addWidget(problem, row, 2)
            self.checklist_grid.addWidget(note, row, 3)
            self.rows[item.key] = (label, ok, problem, note, item.when)
            row += 1
        self.checklist_grid.setColumnStretch(3, 1)
        self._show_first_service_items()
        self._fix_tab_order()

    def on_first_service(self, _on: bool) -> None:
        self._show_first_service_items()

    def _show_first_service_items(self) -> None:
        visible = self.first_service_box.isChecked()
        for index in range(self.checklist_grid.count()):
            widget = self.checklist_grid.itemAt(index).widget()
            if widget is not None and widget.property("when") == "first_service":
                widget.setVisible(visible)
        for label, ok, problem, note, when in self.rows.values():
            for widget in (label, ok, problem, note):
                widget.setVisible(visible or when != "first_service")

    def on_all_ok(self) -> None:
        first_service = self.first_service_box.isChecked()
        for _label, ok, problem, _note, when in self.rows.values():
            applies = not when or (when == "first_service" and first_service)
            if applies and not ok.isChecked() and not problem.isChecked():
                ok.setChecked(True)

    def add_valuable_row(self, item: str, handling: str, *, edit: bool = False) -> None:
        row = self.valuables_table.rowCount()
        self.valuables_table.insertRow(row)
        self.valuables_table.setItem(row, 0, QTableWidgetItem(item))
        combo = QComboBox()
        for code, name in self.handling_names.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(handling), 0))
        self.valuables_table.setCellWidget(row, 1, combo)
        if edit:
            self.valuables_table.setCurrentCell(row, 0)
            self.valuables_table.setFocus()
            self.valuables_table.editItem(self.valuables_table.item(row, 0))

    def remove_valuable_row(self) -> None:
        row = self.valuables_table.currentRow()
        if row >= 0:
            self.valuables_table.removeRow(row)

    def _update_buttons(self) -> None:
        d = self.detail
        editable = d is not None and d.editable
        has = d is not None
        for widget in (
            self.mileage_edit, self.mileage_reason_edit, self.fuel_gauge, self.keys_spin, self.first_service_box,
            self.advisor_combo, self.complaints_edit, self.valuables_table, self.add_valuable_button,
            self.remove_valuable_button, self.all_ok_button, self.save_button, self.sign_button, self.clear_pad_button,
            self.pad, self.mark_kind_combo, self.mark_note_edit, self.add_photo_button, self.remove_photo_button,
            self.remove_mark_button,
        ):
            widget.setEnabled(editable)
        for _label, ok, problem, note, _when in self.rows.values():
            for widget in (ok, problem, note):
                widget.setEnabled(editable)
        if d is not None and not editable:
            self.mark_kind_combo.setEnabled(False)
        self.drawing.set_editable(editable)
        self.draft_button.setEnabled(has)
        self.print_button.setEnabled(has and d.signed)  # type: ignore[union-attr]
        self.revise_button.setEnabled(has and d.signed and d.latest)  # type: ignore[union-attr]
        self.open_order_button.setEnabled(has and d.signed and d.latest and not d.order_number)  # type: ignore[union-attr]

    # --- the form ---------------------------------------------------------------------------

    def form(self) -> InspectionForm:
        answers = {}
        for key, (_label, ok, problem, note, _when) in self.rows.items():
            state = True if ok.isChecked() else False if problem.isChecked() else None
            answers[key] = Answer(state, note.text())
        valuables = []
        for row in range(self.valuables_table.rowCount()):
            item = self.valuables_table.item(row, 0)
            combo = self.valuables_table.cellWidget(row, 1)
            if item is not None and item.text().strip():
                valuables.append(Valuable(item.text().strip(), combo.currentData() if isinstance(combo, QComboBox) else "returned"))
        keys = self.keys_spin.value()
        return InspectionForm(
            mileage=self.mileage_edit.text(),
            mileage_reason=self.mileage_reason_edit.text(),
            fuel_eighths=self.fuel_gauge.level,
            keys=None if keys < 0 else keys,
            first_service=self.first_service_box.isChecked(),
            complaints=self.complaints_edit.toPlainText(),
            answers=answers,
            valuables=valuables,
            advisor_id=self.advisor_combo.currentData(),
        )

    def save(self) -> bool:
        """Save the form (also done before signing, printing and opening the order)."""
        d = self.detail
        if d is None or not d.editable:
            return d is not None
        saved = self.runner.attempt(
            self, inspections.save_form, d.id, self.form(), staff_id=self.runner.staff_id, expected_version=d.version,
            on_conflict=self.on_conflict,
        )
        if saved is None:
            return False
        self.show_inspection(saved, form=False)
        self.conflict_note.loaded()  # what is on screen is saved now
        return True

    def on_conflict(self, conflict: Conflict) -> None:
        """Another PC saved this walk-around first: show the latest and offer back what was typed."""
        if self.detail is None:
            return
        typed = self.conflict_note.typed()  # before the reload replaces the fields
        fresh = self.runner.attempt(self, inspections.detail, self.detail.id, write=False)
        if fresh is None:
            return
        self.show_inspection(fresh)
        self.conflict_note.offer(conflict, typed)

    # --- the form's parts the conflict note reads and puts back -------------------------------

    def _valuables(self) -> tuple[tuple[str, str], ...]:
        found = []
        for row in range(self.valuables_table.rowCount()):
            item = self.valuables_table.item(row, 0)
            combo = self.valuables_table.cellWidget(row, 1)
            if item is not None and item.text().strip():
                found.append((item.text().strip(), combo.currentData() if isinstance(combo, QComboBox) else "returned"))
        return tuple(found)

    def _put_valuables(self, valuables: tuple[tuple[str, str], ...]) -> None:
        self.valuables_table.setRowCount(0)
        for item, handling in valuables:
            self.add_valuable_row(item, handling)

    def _valuables_text(self, valuables: tuple[tuple[str, str], ...]) -> str:
        return self.tr("、").join(
            self.tr("%1（%2）").replace("%1", item).replace("%2", self.handling_names.get(handling, handling))
            for item, handling in valuables
        ) or self.tr("（无）")

    def _answers(self) -> dict[str, tuple[bool | None, str]]:
        return {
            key: (True if ok.isChecked() else False if problem.isChecked() else None, note.text())
            for key, (_label, ok, problem, note, _when) in self.rows.items()
        }

    def _put_answers(self, answers: dict[str, tuple[bool | None, str]]) -> None:
        """Put back only the items the user answered; the rest stay as the other PC saved them."""
        for key, (state, text) in answers.items():
            if key not in self.rows:
                continue
            _label, ok, problem, note, _when = self.rows[key]
            if state is None:
                for button in (ok, problem):  # an exclusive group will not uncheck by itself
                    group = button.group()
                    if group is not None:
                        group.setExclusive(False)
                    button.setChecked(False)
                    if group is not None:
                        group.setExclusive(True)
            else:
                (ok if state else problem).setChecked(True)
            note.setText(text)

    def _answers_text(self, answers: dict[str, tuple[bool | None, str]]) -> str:
        parts = []
        for key, (state, text) in answers.items():
            label = self.rows[key][0].text() if key in self.rows else key
            said = self.tr("正常") if state is True else self.tr("有问题") if state is False else self.tr("未查")
            parts.append(f"{label} {said}" + (self.tr("（%1）").replace("%1", text) if text.strip() else ""))
        return self.tr("、").join(parts)

    # --- marks ------------------------------------------------------------------------------

    def _after_marks(self, detail: InspectionDetail | None, select: int | None = None) -> None:
        if detail is None:
            return
        self.show_inspection(detail, form=False)
        if select is not None:
            self.drawing.select(select)

    def on_mark_added(self, kind: str, x: float, y: float) -> None:
        if self.detail is None:
            return
        detail = self.runner.attempt(
            self, inspections.add_mark, self.detail.id, kind=kind, x=x, y=y, staff_id=self.runner.staff_id
        )
        if detail is not None:
            self._after_marks(detail, detail.marks[-1].id)
            self.mark_note_edit.setFocus()

    def on_mark_moved(self, mark_id: int, x: float, y: float) -> None:
        detail = self.runner.attempt(self, inspections.move_mark, mark_id, x=x, y=y, staff_id=self.runner.staff_id)
        self._after_marks(detail)
        if detail is None and self.detail is not None:
            self.drawing.set_marks(self.detail.marks)

    def remove_mark(self, mark_id: int) -> None:
        detail = self.runner.attempt(self, inspections.remove_mark, mark_id, staff_id=self.runner.staff_id)
        if detail is not None:
            self.drawing.selected_id = None
            self._after_marks(detail)
            self._show_mark(None)
            self.drawing.setFocus()

    def on_mark_selected(self, mark_id: object) -> None:
        self._show_mark(mark_id if isinstance(mark_id, int) else None)

    def _selected_mark(self):  # type: ignore[no-untyped-def]
        if self.detail is None or self.drawing.selected_id is None:
            return None
        return next((m for m in self.detail.marks if m.id == self.drawing.selected_id), None)

    def _show_mark(self, mark_id: int | None) -> None:
        mark = self._selected_mark() if mark_id is not None else None
        editable = self.detail is not None and self.detail.editable and mark is not None
        for widget in (self.mark_kind_combo, self.mark_note_edit, self.add_photo_button, self.remove_photo_button, self.remove_mark_button):
            widget.setEnabled(editable)
        self.photos_list.clear()
        if mark is None:
            self.mark_label.setText(self.tr("未选中标记"))
            self.mark_note_edit.clear()
            return
        self.mark_label.setText(self.tr("标记 %1").replace("%1", str(mark.number)))
        self.mark_kind_combo.setCurrentIndex(max(self.mark_kind_combo.findData(mark.kind), 0))
        if not self.mark_note_edit.hasFocus() or self.mark_note_edit.text() != mark.note:
            self.mark_note_edit.setText(mark.note)
        for photo in mark.photos:
            item = QListWidgetItem(self._thumbnail(photo.photo_id), "")
            item.setData(Qt.ItemDataRole.UserRole, photo.photo_id)
            item.setToolTip(photo.sha256[:12])
            self.photos_list.addItem(item)

    def _thumbnail(self, photo_id: int) -> QIcon:
        if photo_id not in self._thumbs:
            data = self.runner.attempt(self, inspections.photo_bytes, photo_id, write=False)
            pixmap = QPixmap()
            if data:
                pixmap.loadFromData(data)
            self._thumbs[photo_id] = pixmap.scaled(
                112, 112, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            ) if not pixmap.isNull() else pixmap
        return QIcon(self._thumbs[photo_id])

    def save_mark(self) -> None:
        mark = self._selected_mark()
        if mark is None or self.detail is None or not self.detail.editable:
            return
        kind = self.mark_kind_combo.currentData()
        note = self.mark_note_edit.text().strip()
        if kind == mark.kind and note == mark.note:
            return
        detail = self.runner.attempt(
            self, inspections.update_mark, mark.id, kind=kind, note=note, staff_id=self.runner.staff_id
        )
        self._after_marks(detail)

    def on_add_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择照片"), str(Path.home()), self.tr("图片 (%1)").replace("%1", IMAGE_FILTER)
        )
        if paths:
            self.add_photo_files([Path(p) for p in paths])

    def add_photo_files(self, paths: list[Path]) -> None:
        mark = self._selected_mark()
        if mark is None:
            return
        files = []
        for path in paths:
            try:
                files.append((path.name, path.read_bytes()))
            except OSError as exc:
                self.runner.reporter.error(
                    self, self.tr("无法读取 %1：%2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc))
                )
                return
        detail = self.runner.attempt(self, inspections.add_photos, mark.id, files, staff_id=self.runner.staff_id)
        self._after_marks(detail)

    def remove_photo(self) -> None:
        mark = self._selected_mark()
        item = self.photos_list.currentItem()
        if mark is None or item is None:
            return
        detail = self.runner.attempt(
            self, inspections.remove_photo, mark.id, item.data(Qt.ItemDataRole.UserRole), staff_id=self.runner.staff_id
        )
        self._after_marks(detail)

    # --- signing, revising, printing, the order ---------------------------------------------

    def sign(self) -> None:
        d = self.detail
        if d is None or not d.editable:
            return
        if self.pad.is_empty():
            self.runner.reporter.error(self, self.tr("请客户先在签字板上签字。"))
            self.pad.setFocus()
            return
        signed = self.runner.attempt(
            self, inspections.sign, d.id, self.pad.to_png(), form=self.form(), staff_id=self.runner.staff_id,
            expected_version=d.version, on_conflict=self.on_conflict,
        )
        if signed is not None:
            self.show_inspection(signed)
            self.open_order_button.setFocus()

    def revise(self) -> None:
        d = self.detail
        if d is None:
            return
        revised = self.runner.attempt(self, inspections.revise, d.id, staff_id=self.runner.staff_id)
        if revised is not None:
            self.show_inspection(revised)
            self.mileage_edit.setFocus()

    def render(self, *, draft: bool = False, copy: str = "customer") -> bytes | None:
        """The check-in sheet of the shown revision as PDF (a draft before the signature)."""
        d = self.detail
        if d is None:
            return None
        if d.editable and not self.save():
            return None
        snapshot = self.runner.attempt(
            self, checkin_documents.checkin_snapshot, self.detail.id, draft=draft, staff_id=self.runner.staff_id  # type: ignore[union-attr]
        )
        if snapshot is None:
            return None
        try:
            return render_checkin_sheet(snapshot, copy, font_path=self.runner.settings.font_path)  # type: ignore[arg-type]
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return None

    def preview(self, *, draft: bool) -> None:
        pdf = self.render(draft=draft)
        if pdf is None or self.detail is None:
            return
        name = self.detail.order_number or self.detail.plate
        title = (self.tr("接车登记表（草稿）%1") if draft else self.tr("接车登记表 %1")).replace("%1", name)
        PdfPreview(pdf, title, f"{name}-checkin{'-draft' if draft else ''}.pdf", self).exec()

    def open_order(self) -> None:
        d = self.detail
        if d is None:
            return
        opened = self.runner.attempt(
            self, inspections.open_order, d.id, advisor_id=self.advisor_combo.currentData(),
            staff_id=self.runner.staff_id, confirmable=True,
        )
        if opened is not None:
            refreshed = self.runner.attempt(self, inspections.detail, d.id, write=False)
            if refreshed is not None:
                self.show_inspection(refreshed, form=False)
            self.reload_appointments()
            self.order_opened.emit(opened.number)


__all__ = ["InspectionTab"]
