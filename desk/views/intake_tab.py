"""接车: find or register the customer and car, book an appointment, and open the repair order.

One search box finds a customer or car by part of a plate, phone number, VIN or name as the
advisor types. The form below corrects or creates the customer and the car; the two panels on
the right book a visit or open the order when the car has arrived.

Signals:
    order_opened(str): a repair order was opened here; the main window shows it in the editor.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTimer, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import Role
from desk.services import appointments, customers, orders, shop
from desk.services.changes import Changes
from desk.services.customers import SearchHit
from desk.views.customer_car_fields import CustomerCarFields
from desk.views.recommendations import RecommendationsBox
from desk.views.runner import Runner
from desk.views.table_model import Column, RowsModel, rows_view

SEARCH_DELAY_MS = 150


class IntakeTab(QWidget):
    """Search, customer and car, appointment, arrival."""

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
        self.car = CustomerCarFields(runner, self, care_dates=True)

        # --- search -------------------------------------------------------------------------
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("搜索：车牌、手机号、车架号或姓名的一部分 (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_box.returnPressed.connect(self.on_search_enter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

        self.results = RowsModel[SearchHit](
            [
                Column(self.tr("车牌"), lambda h: h.plate),
                Column(self.tr("客户"), lambda h: h.customer),
                Column(self.tr("手机"), lambda h: h.phone),
                Column(self.tr("车型"), lambda h: h.model),
                Column(self.tr("车架号"), lambda h: h.vin),
            ],
            self,
        )
        self.results_view = rows_view(self.results, "results")
        self.results_view.activated.connect(lambda index: self.load_hit(self.results.row_at(index)))
        self.results_view.clicked.connect(lambda index: self.load_hit(self.results.row_at(index)))
        self.result_count = QLabel()

        self.new_button = QPushButton(self.tr("新客户 (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_customer)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_customer)

        # --- customer and car ---------------------------------------------------------------
        self.name_edit, self.phone_edit, self.plate_edit, self.vin_edit, self.model_edit, self.colour_edit = (
            self.car.edits()
        )
        self.mode_label = QLabel()
        self.save_button = QPushButton(self.tr("保存客户和车辆"))
        self.save_button.clicked.connect(self.save_customer)
        self.add_car_button = QPushButton(self.tr("为该客户添加另一辆车"))
        self.add_car_button.clicked.connect(self.new_car_for_customer)
        for edit in (self.name_edit, self.phone_edit, self.plate_edit, self.vin_edit, self.model_edit):
            edit.returnPressed.connect(self.focusNextChild)
        self.colour_edit.returnPressed.connect(self.save_customer)
        # the customer-care dates are optional: Enter on the colour saves without them
        assert self.car.birthday_edit is not None and self.car.purchased_edit is not None
        self.birthday_edit, self.purchased_edit = self.car.birthday_edit, self.car.purchased_edit
        self.birthday_edit.returnPressed.connect(self.focusNextChild)
        self.purchased_edit.returnPressed.connect(self.save_customer)

        person = QGroupBox(self.tr("客户与车辆"))
        form = QFormLayout(person)
        form.addRow(self.mode_label)
        form.addRow(self.tr("客户姓名"), self.name_edit)
        form.addRow(self.tr("手机号"), self.phone_edit)
        form.addRow(self.tr("客户生日"), self.birthday_edit)
        form.addRow(self.tr("车牌号"), self.plate_edit)
        form.addRow(self.tr("车架号 (VIN)"), self.vin_edit)
        form.addRow(self.tr("车型"), self.model_edit)
        form.addRow(self.tr("颜色"), self.colour_edit)
        form.addRow(self.tr("购车日期"), self.purchased_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.add_car_button)
        form.addRow(buttons)

        # --- appointment --------------------------------------------------------------------
        self.booking_date = QDateEdit(QDate.currentDate().addDays(1))
        self.booking_date.setCalendarPopup(True)
        self.booking_date.setDisplayFormat("yyyy-MM-dd")
        self.booking_date.setMinimumDate(QDate.currentDate())
        self.booking_time = QComboBox()
        self.booking_advisor = QComboBox()
        self.booking_work = QLineEdit()
        self.booking_work.setPlaceholderText(self.tr("如 3 万公里保养、刹车异响"))
        self.book_button = QPushButton(self.tr("预约"))
        self.book_button.clicked.connect(self.book)
        booking = QGroupBox(self.tr("预约"))
        booking_form = QFormLayout(booking)
        booking_form.addRow(self.tr("日期"), self.booking_date)
        booking_form.addRow(self.tr("时间"), self.booking_time)
        booking_form.addRow(self.tr("服务顾问"), self.booking_advisor)
        booking_form.addRow(self.tr("预约项目"), self.booking_work)
        booking_form.addRow(self.book_button)

        # --- arrival ------------------------------------------------------------------------
        self.arrival_appointment = QComboBox()
        self.mileage_edit = QLineEdit()
        self.mileage_edit.setPlaceholderText(self.tr("公里数"))
        self.mileage_reason_edit = QLineEdit()
        self.mileage_reason_edit.setPlaceholderText(self.tr("里程比上次少时必填，如 更换过仪表"))
        self.complaint_edit = QPlainTextEdit()
        self.complaint_edit.setPlaceholderText(self.tr("客户的原话，一行一项"))
        self.complaint_edit.setTabChangesFocus(True)
        self.complaint_edit.setFixedHeight(90)
        self.promised_edit = QDateTimeEdit()
        self.promised_edit.setCalendarPopup(True)
        self.promised_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.arrival_advisor = QComboBox()
        self.open_button = QPushButton(self.tr("开委托书 (Ctrl+Enter)"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_order)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.open_order)
        self.mileage_edit.returnPressed.connect(self.focusNextChild)
        self.mileage_reason_edit.returnPressed.connect(self.focusNextChild)
        self.arrival_appointment.currentIndexChanged.connect(self.on_arrival_appointment_chosen)
        arrival = QGroupBox(self.tr("到店开单"))
        arrival_form = QFormLayout(arrival)
        arrival_form.addRow(self.tr("预约"), self.arrival_appointment)
        arrival_form.addRow(self.tr("进厂里程"), self.mileage_edit)
        arrival_form.addRow(self.tr("里程说明"), self.mileage_reason_edit)
        arrival_form.addRow(self.tr("故障描述"), self.complaint_edit)
        arrival_form.addRow(self.tr("预计交车"), self.promised_edit)
        arrival_form.addRow(self.tr("服务顾问"), self.arrival_advisor)
        arrival_form.addRow(self.open_button)

        # --- layout -------------------------------------------------------------------------
        left = QWidget()
        left_layout = QVBoxLayout(left)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.new_button)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.results_view, 1)
        left_layout.addWidget(self.result_count)
        left_layout.addWidget(person)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        # the car's declined work of earlier visits (上次客户未做的建议项目), shown when it has some
        self.recommendations = RecommendationsBox(runner, self)
        right_layout.addWidget(self.recommendations)
        right_layout.addWidget(arrival)
        right_layout.addWidget(booking)
        right_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.setTabOrder(self.search_box, self.results_view)
        for first, second in zip(
            [self.results_view, self.name_edit, self.phone_edit, self.birthday_edit, self.plate_edit, self.vin_edit,
             self.model_edit, self.colour_edit, self.purchased_edit, self.save_button, self.arrival_appointment,
             self.mileage_edit,
             self.mileage_reason_edit, self.complaint_edit, self.promised_edit, self.arrival_advisor,
             self.open_button, self.booking_date, self.booking_time, self.booking_advisor, self.booking_work],
            [self.name_edit, self.phone_edit, self.birthday_edit, self.plate_edit, self.vin_edit, self.model_edit,
             self.colour_edit, self.purchased_edit, self.save_button, self.arrival_appointment, self.mileage_edit,
             self.mileage_reason_edit,
             self.complaint_edit, self.promised_edit, self.arrival_advisor, self.open_button, self.booking_date,
             self.booking_time, self.booking_advisor, self.booking_work, self.book_button],
            strict=True,
        ):
            self.setTabOrder(first, second)

        runner.changed.connect(self.on_changed)
        runner.staff_changed.connect(lambda _id: self.preselect_advisor())
        self.reload_choices()
        self.new_customer()

    # --- choices ----------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Advisors and reception slots from the database."""
        advisors = self.runner.attempt(self, shop.list_staff, Role.ADVISOR, write=False) or []
        slots = self.runner.attempt(self, appointments.reception_slots, write=False) or []
        for combo in (self.booking_advisor, self.arrival_advisor):
            combo.clear()
            for advisor in advisors:
                combo.addItem(advisor.name, advisor.id)
        self.booking_time.clear()
        for slot in slots:
            self.booking_time.addItem(slot.strftime("%H:%M"), slot)
        self.preselect_advisor()

    def preselect_advisor(self) -> None:
        for combo in (self.booking_advisor, self.arrival_advisor):
            index = combo.findData(self.runner.staff_id)
            if index >= 0:
                combo.setCurrentIndex(index)

    def on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.reload_choices()
        if changes.orders and self.car.vehicle_id is not None:
            self.recommendations.show_vehicle(self.car.vehicle_id)
        if changes.customers or changes.appointments:
            self.run_search()
            if self.car.vehicle_id is not None:
                self.reload_arrival_appointments()

    # --- search -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        text = self.search_box.text()
        if customers.too_short(text):
            self.results.set_rows([])
            self.result_count.setText(self.tr("请至少输入两个字母或数字") if text.strip() else "")
            return
        hits = self.runner.attempt(self, customers.search, text, write=False) or []
        self.results.set_rows(hits)
        self.result_count.setText(self.tr("找到 %n 条", "", len(hits)))

    def on_search_enter(self) -> None:
        self.search_timer.stop()
        self.run_search()
        if self.results.rows:
            self.results_view.selectRow(0)
            self.load_hit(self.results.rows[0])
            self.mileage_edit.setFocus()

    def load_hit(self, hit: SearchHit | None) -> None:
        if hit is None:
            return
        card = self.runner.attempt(self, customers.customer_card, hit.customer_id, write=False)
        if card is None:
            return
        vehicle = next((v for v in card.vehicles if v.id == hit.vehicle_id), None)
        self.show_customer(card, vehicle)

    def show_customer(self, card: customers.CustomerCard, vehicle: customers.VehicleCard | None) -> None:
        self.car.show_customer(card)
        self.show_vehicle(vehicle)

    def show_vehicle(self, vehicle: customers.VehicleCard | None) -> None:
        self.car.show_vehicle(vehicle)
        self.recommendations.show_vehicle(vehicle.id if vehicle is not None else None)
        self.mileage_edit.clear()
        self.mileage_reason_edit.clear()
        if vehicle is not None and vehicle.last_mileage is not None:
            self.mileage_edit.setPlaceholderText(self.tr("上次 %1 公里").replace("%1", f"{vehicle.last_mileage:,}"))
        else:
            self.mileage_edit.setPlaceholderText(self.tr("公里数"))
        self.update_mode()
        self.reload_arrival_appointments()

    def update_mode(self) -> None:
        if self.car.customer_id is None:
            self.mode_label.setText(self.tr("新客户：填写后保存"))
        elif self.car.vehicle_id is None:
            self.mode_label.setText(self.tr("为 %1 登记新车").replace("%1", self.name_edit.text()))
        else:
            self.mode_label.setText(self.tr("修改后保存即可更正资料"))
        has_car = self.car.vehicle_id is not None
        self.add_car_button.setEnabled(self.car.customer_id is not None)
        for widget in (self.book_button, self.open_button):
            widget.setEnabled(has_car)

    def new_customer(self) -> None:
        self.car.clear()
        self.show_vehicle(None)
        self.reset_arrival()
        self.name_edit.setFocus()

    def new_car_for_customer(self) -> None:
        self.show_vehicle(None)
        self.plate_edit.setFocus()

    def save_customer(self) -> bool:
        saved = self.car.save()
        if saved is None:
            return False
        self.show_customer(*saved)
        self.mileage_edit.setFocus()
        return True

    # --- appointment --------------------------------------------------------------------------

    def book(self) -> None:
        if self.car.vehicle_id is None:
            return
        slot = self.booking_time.currentData()
        booked = self.runner.attempt(
            self, appointments.book, vehicle_id=self.car.vehicle_id, advisor_id=self.booking_advisor.currentData(),
            day=self.booking_date.date().toPython(), time=slot, requested_work=self.booking_work.text(),
            staff_id=self.runner.staff_id, confirmable=True,
        )
        if booked is not None:
            self.booking_work.clear()
            self.mode_label.setText(
                self.tr("已预约 %1：%2").replace("%1", booked.number).replace("%2", booked.slot_local)
            )

    def receive_appointment(self, number: str) -> None:
        """Show the appointment's customer and car with the arrival panel ready (from the board)."""
        row = self.runner.attempt(self, appointments.row, number, write=False)
        if row is None:
            return
        card = self.runner.attempt(self, customers.customer_card, row.customer_id, write=False)
        if card is None:
            return
        self.show_customer(card, next((v for v in card.vehicles if v.id == row.vehicle_id), None))
        index = self.arrival_appointment.findData(number)
        if index >= 0:
            self.arrival_appointment.setCurrentIndex(index)
        self.mileage_edit.setFocus()

    # --- arrival ------------------------------------------------------------------------------

    def reload_arrival_appointments(self) -> None:
        self.arrival_appointment.clear()
        self.arrival_appointment.addItem(self.tr("无预约（直接到店）"), None)
        if self.car.vehicle_id is None:
            return
        today = self.runner.attempt(self, shop.local_today, write=False) or dt.date.today()
        booked = self.runner.attempt(self, appointments.upcoming_for_vehicle, self.car.vehicle_id, today, write=False) or []
        for row in booked:
            self.arrival_appointment.addItem(f"{row.slot_local}  {row.requested_work}  ({row.number})", row.number)
        if booked:
            self.arrival_appointment.setCurrentIndex(1)

    def on_arrival_appointment_chosen(self) -> None:
        number = self.arrival_appointment.currentData()
        if not number:
            return
        row = self.runner.attempt(self, appointments.row, number, write=False)
        if row is not None:
            if not self.complaint_edit.toPlainText().strip():
                self.complaint_edit.setPlainText(row.requested_work)
            index = self.arrival_advisor.findText(row.advisor)
            if index >= 0:
                self.arrival_advisor.setCurrentIndex(index)

    def reset_arrival(self) -> None:
        self.complaint_edit.clear()
        self.mileage_edit.clear()
        self.mileage_reason_edit.clear()
        promised = self.runner.attempt(self, orders.default_promise, write=False)
        wall = self.runner.attempt(self, shop.to_wall_clock, promised, write=False) if promised else None
        if wall is not None:
            self.promised_edit.setDateTime(QDateTime(wall))

    def open_order(self) -> None:
        if self.car.vehicle_id is None:
            self.runner.reporter.error(self, self.tr("请先搜索或登记车辆，再开委托书。"))
            return
        promised = self.runner.attempt(self, shop.from_wall_clock, self.promised_edit.dateTime().toPython(), write=False)
        detail = self.runner.attempt(
            self, orders.open_order, vehicle_id=self.car.vehicle_id, advisor_id=self.arrival_advisor.currentData(),
            mileage=self.mileage_edit.text(), mileage_reason=self.mileage_reason_edit.text(),
            complaint=self.complaint_edit.toPlainText(), promised_at=promised,
            appointment_number=self.arrival_appointment.currentData(), staff_id=self.runner.staff_id,
            confirmable=True,
        )
        if detail is not None:
            self.reset_arrival()
            self.order_opened.emit(detail.number)
