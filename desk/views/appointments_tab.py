"""预约: the appointment book — day and week grids of reception slots, booking, confirmation calls,
statistics, the welcome board.

The grid shows each advisor's slots (day view: one column per advisor; week view: one advisor,
one column per day). Buffer slots are hatched grey; a booked slot shows the plate and the
customer, coloured by status. Above the grid a gauge per day shows the workshop's capacity in
labour hours: green, amber from 80 %, red when overbooked.

On the right: the booking form (find the car as you type, see what the shop knows about it,
pick advisor, day and slot), tomorrow's confirmation calls, and 预约统计 for a date range.
Clicking a free slot puts it into the form; clicking a booking loads it for changing, printing
its welcome board, cancelling it, or receiving the car.

Shortcuts: Ctrl+Enter books (or saves the change), Alt+Left / Alt+Right go back and forward a
day (a week in the week view), Ctrl+Home goes to today, F5 refreshes, Ctrl+F finds a car.

Signals:
    arrival_requested(str): the car of this appointment has come; open its order at 接车.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import AppointmentStatus, PayType
from desk.services import appointment_book, appointments, customers, shop, welcome
from desk.services.appointment_book import BookDay, ConfirmationRow, StatisticsRow
from desk.services.appointments import AppointmentRow, CarHistory
from desk.services.capacity import Capacity, format_hours
from desk.services.changes import Changes
from desk.services.errors import Conflict, DeskError
from desk.views.conflict_note import ConflictNote, field
from desk.views.i18n import enum_text
from desk.views.recommendations import RecommendationsBox
from desk.views.runner import Runner, translate_error
from desk.views.table_model import Column, RowsModel, rows_view

SLOT_COLOURS = {
    "booked": "#dbe8fb",
    "arrived": "#d8f0dc",
    "no_show": "#f8dcdc",
}
BUFFER_COLOUR = "#e4e4e4"
GAUGE_COLOURS = ((100, "#e57373"), (80, "#ffb74d"), (0, "#81c784"))
"""(from percent used, colour) of the capacity gauge: red past 100 %, amber from 80 %."""

ROLE_SLOT = Qt.ItemDataRole.UserRole + 1
"""Item data of a grid cell: ``(advisor_id, day, time, appointment number or "")``."""


def gauge_colour(percent: int) -> str:
    """The capacity gauge's colour for the share of the day's capacity taken."""
    for threshold, colour in GAUGE_COLOURS:
        if (percent > threshold) if threshold == 100 else (percent >= threshold):
            return colour
    return GAUGE_COLOURS[-1][1]


def combo_time(combo: QComboBox) -> dt.time | None:
    """The slot time chosen in a slot combo box (its data is ``"09:30"``)."""
    data = combo.currentData()
    return dt.time.fromisoformat(data) if data else None


class AppointmentsTab(QWidget):
    """The appointment book tab."""

    arrival_requested = Signal(str)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.vehicle_id: int | None = None
        self.current: AppointmentRow | None = None
        self.days: list[BookDay] = []
        self.gauges: list[QProgressBar] = []

        # --- the book: navigation and grid ------------------------------------------------------
        today = self._today()
        self.date_edit = QDateEdit(QDate(today))
        self.date_edit.setObjectName("bookDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.prev_button = QPushButton(self.tr("◀ 前一天"))
        self.next_button = QPushButton(self.tr("后一天 ▶"))
        self.today_button = QPushButton(self.tr("今天"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("bookView")
        self.view_combo.addItem(self.tr("日视图"), "day")
        self.view_combo.addItem(self.tr("周视图"), "week")
        self.view_combo.currentIndexChanged.connect(lambda _i: self.on_view_changed())
        self.advisor_filter = QComboBox()
        self.advisor_filter.setObjectName("bookAdvisor")
        self.advisor_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.legend = QLabel(self._legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.grid = QTableWidget()
        self.grid.setObjectName("slotGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setDefaultSectionSize(38)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.cellClicked.connect(self.on_cell_chosen)
        self.grid.cellActivated.connect(self.on_cell_chosen)
        self.cancelled_label = QLabel()
        self.cancelled_label.setWordWrap(True)
        self.cancelled_label.setObjectName("muted")

        nav = QHBoxLayout()
        for widget in (self.prev_button, self.date_edit, self.next_button, self.today_button):
            nav.addWidget(widget)
        nav.addSpacing(12)
        nav.addWidget(self.view_combo)
        nav.addWidget(self.advisor_filter)
        nav.addStretch(1)
        book_side = QWidget()
        book_layout = QVBoxLayout(book_side)
        book_layout.setContentsMargins(0, 0, 0, 0)
        book_layout.addLayout(nav)
        book_layout.addWidget(self.grid, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.cancelled_label, 1)
        footer.addWidget(self.legend)
        book_layout.addLayout(footer)

        # --- booking form -------------------------------------------------------------------------
        self.search_box = QLineEdit()
        self.search_box.setObjectName("bookingSearch")
        self.search_box.setPlaceholderText(self.tr("找车：车牌、手机号、车架号或姓名 (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self.run_search())
        self.search_box.returnPressed.connect(self.on_search_enter)
        self.hits = QListWidget()
        self.hits.setObjectName("bookingHits")
        self.hits.setMaximumHeight(92)
        self.hits.hide()
        self.hits.itemActivated.connect(self.on_hit_chosen)
        self.hits.itemClicked.connect(self.on_hit_chosen)
        self.car_label = QLabel(self.tr("未选车辆"))
        self.car_label.setObjectName("carLabel")
        self.car_label.setWordWrap(True)
        self.history_label = QLabel()
        self.history_label.setObjectName("carHistory")
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.TextFormat.RichText)
        self.recommendations = RecommendationsBox(runner, self)  # declined work to offer again

        self.advisor_combo = QComboBox()
        self.advisor_combo.setObjectName("bookingAdvisor")
        self.day_edit = QDateEdit(QDate(today))
        self.day_edit.setObjectName("bookingDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.time_combo = QComboBox()
        self.time_combo.setObjectName("bookingTime")
        self.time_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.time_combo.setMinimumContentsLength(10)
        self.work_edit = QPlainTextEdit()
        self.work_edit.setObjectName("bookingWork")
        self.work_edit.setPlaceholderText(self.tr("客户要求，如 3 万公里保养、刹车异响"))
        self.work_edit.setTabChangesFocus(True)
        self.work_edit.setFixedHeight(52)
        self.pay_combo = QComboBox()
        self.pay_combo.setObjectName("bookingPay")
        for pay in (PayType.CUSTOMER, PayType.WARRANTY, PayType.INSURANCE):
            self.pay_combo.addItem(enum_text(pay), pay.value)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("bookingSource")
        self.source_combo.addItem(self.tr("被动预约（客户来电）"), "passive")
        self.source_combo.addItem(self.tr("主动预约（本店邀约）"), "active")
        self.hours_edit = QLineEdit()
        self.hours_edit.setObjectName("bookingHours")
        self.hours_edit.setPlaceholderText(self.tr("小时，如 1.5"))
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("bookingNotes")
        for edit in (self.hours_edit, self.notes_edit):
            edit.returnPressed.connect(self.submit)

        self.book_button = QPushButton(self.tr("预约 (Ctrl+Enter)"))
        self.book_button.setObjectName("primary")
        self.book_button.clicked.connect(self.submit)
        self.new_button = QPushButton(self.tr("新预约"))
        self.new_button.clicked.connect(self.new_booking)
        self.mode_label = QLabel()
        self.mode_label.setWordWrap(True)

        self.welcome_button = QPushButton(self.tr("欢迎牌…"))
        self.welcome_button.clicked.connect(self.preview_welcome)
        self.arrive_button = QPushButton(self.tr("到店开单"))
        self.arrive_button.clicked.connect(self.on_arrive)
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setObjectName("cancelReason")
        self.cancel_reason.setPlaceholderText(self.tr("取消原因"))
        self.cancel_button = QPushButton(self.tr("取消预约"))
        self.cancel_button.clicked.connect(self.cancel_booking)
        self.cancel_reason.returnPressed.connect(self.cancel_booking)

        booking = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("服务顾问"), self.advisor_combo)
        day_time = QHBoxLayout()
        day_time.addWidget(self.day_edit, 1)
        day_time.addWidget(self.time_combo, 1)
        form.addRow(self.tr("日期 / 时段"), day_time)
        form.addRow(self.tr("预约项目"), self.work_edit)
        pay_source = QHBoxLayout()
        pay_source.addWidget(self.pay_combo, 1)
        pay_source.addWidget(self.source_combo, 2)
        form.addRow(self.tr("付费 / 来源"), pay_source)
        form.addRow(self.tr("预计工时"), self.hours_edit)
        form.addRow(self.tr("备注"), self.notes_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button, 2)
        buttons.addWidget(self.new_button, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.welcome_button)
        actions.addWidget(self.arrive_button)
        cancel_row = QHBoxLayout()
        cancel_row.addWidget(self.cancel_reason, 1)
        cancel_row.addWidget(self.cancel_button)
        booking_layout = QVBoxLayout(booking)
        booking_layout.addWidget(self.search_box)
        booking_layout.addWidget(self.hits)
        booking_layout.addWidget(self.car_label)
        booking_layout.addWidget(self.history_label)
        booking_layout.addWidget(self.recommendations)
        # Another PC saved this appointment first: the latest is shown and what was typed here is
        # offered back (desk.views.conflict_note).
        self.conflict_note = ConflictNote()
        self.conflict_note.watch([
            field(self.tr("服务顾问"), self.advisor_combo), field(self.tr("日期"), self.day_edit),
            field(self.tr("时段"), self.time_combo), field(self.tr("预约项目"), self.work_edit),
            field(self.tr("付费"), self.pay_combo), field(self.tr("来源"), self.source_combo),
            field(self.tr("预计工时"), self.hours_edit), field(self.tr("备注"), self.notes_edit),
        ])
        booking_layout.addWidget(self.conflict_note)
        booking_layout.addLayout(form)
        booking_layout.addLayout(buttons)
        booking_layout.addWidget(self.mode_label)
        booking_layout.addLayout(actions)
        booking_layout.addLayout(cancel_row)
        booking_layout.addStretch(1)

        # --- confirmation calls -------------------------------------------------------------------
        self.confirm_day = QDateEdit(QDate(today + dt.timedelta(days=1)))
        self.confirm_day.setObjectName("confirmDay")
        self.confirm_day.setCalendarPopup(True)
        self.confirm_day.setDisplayFormat("yyyy-MM-dd ddd")
        self.confirm_day.dateChanged.connect(lambda _d: self.refresh_confirmations())
        self.confirmations = RowsModel[ConfirmationRow](
            [
                Column(self.tr("时间"), lambda r: r.appointment.slot_local[11:]),
                Column(self.tr("车牌"), lambda r: r.appointment.plate),
                Column(self.tr("客户"), lambda r: r.appointment.customer),
                Column(self.tr("手机"), lambda r: r.appointment.phone),
                Column(self.tr("顾问"), lambda r: r.appointment.advisor),
                Column(self.tr("上次电话"), self._last_call, tooltip=lambda r: r.last_note),
            ],
            self,
        )
        self.confirm_view = rows_view(self.confirmations, "confirmations", stretch_column=2)
        self.confirm_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.reload_slots(self.move_time, self.move_day)
        )
        self.call_note = QLineEdit()
        self.call_note.setObjectName("callNote")
        self.call_note.setPlaceholderText(self.tr("电话备注（可不填）"))
        self.call_buttons: dict[str, QPushButton] = {}
        call_row = QHBoxLayout()
        for outcome, label in (
            ("confirmed", self.tr("已确认")), ("not_reached", self.tr("未联系上")),
            ("cancelled", self.tr("客户取消")),
        ):
            button = QPushButton(label)
            button.setObjectName(f"call_{outcome}")
            button.clicked.connect(lambda _c=False, o=outcome: self.record_call(o))
            self.call_buttons[outcome] = button
            call_row.addWidget(button)
        self.move_day = QDateEdit(QDate(today + dt.timedelta(days=1)))
        self.move_day.setObjectName("moveDay")
        self.move_day.setCalendarPopup(True)
        self.move_day.setDisplayFormat("yyyy-MM-dd")
        self.move_time = QComboBox()
        self.move_time.setObjectName("moveTime")
        self.move_time.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.move_time.setMinimumContentsLength(10)
        move_button = QPushButton(self.tr("改约到此时段"))
        move_button.setObjectName("call_moved")
        move_button.clicked.connect(lambda: self.record_call("moved"))
        self.call_buttons["moved"] = move_button
        move_row = QHBoxLayout()
        move_row.addWidget(QLabel(self.tr("改约：")))
        move_row.addWidget(self.move_day)
        move_row.addWidget(self.move_time)
        move_row.addWidget(move_button)
        calls = QWidget()
        calls_layout = QVBoxLayout(calls)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("预约日期")))
        day_row.addWidget(self.confirm_day)
        day_row.addStretch(1)
        self.confirm_count = QLabel()
        day_row.addWidget(self.confirm_count)
        calls_layout.addLayout(day_row)
        calls_layout.addWidget(self.confirm_view, 1)
        calls_layout.addWidget(self.call_note)
        calls_layout.addLayout(call_row)
        calls_layout.addLayout(move_row)

        # --- statistics ---------------------------------------------------------------------------
        self.stats_from = QDateEdit(QDate(today.replace(day=1)))
        self.stats_to = QDateEdit(QDate(today))
        for edit, name in ((self.stats_from, "statsFrom"), (self.stats_to, "statsTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.stats_button = QPushButton(self.tr("统计"))
        self.stats_button.setObjectName("statsButton")
        self.stats_button.clicked.connect(self.refresh_statistics)
        self.stats = RowsModel[StatisticsRow](
            [
                Column(self.tr("服务顾问"), lambda r: self.tr("合计") if r.advisor == appointment_book.TOTAL else r.advisor),
                Column(self.tr("预约"), lambda r: str(r.booked), numeric=True),
                Column(self.tr("到店"), lambda r: str(r.arrived), numeric=True),
                Column(self.tr("未到店"), lambda r: str(r.no_show), numeric=True),
                Column(self.tr("取消"), lambda r: str(r.cancelled), numeric=True),
                Column(self.tr("待到店"), lambda r: str(r.waiting), numeric=True),
                Column(self.tr("开单"), lambda r: str(r.orders), numeric=True),
                Column(self.tr("预约率"), lambda r: r.rate_text, numeric=True,
                       tooltip=lambda r: self.tr("预约开单 %1 / 全部开单 %2")
                       .replace("%1", str(r.orders_from_appointments)).replace("%2", str(r.orders))),
            ],
            self,
        )
        self.stats_view = rows_view(self.stats, "statistics", stretch_column=0)
        for edit in (self.stats_from, self.stats_to):
            edit.dateChanged.connect(lambda _d: self.refresh_statistics())
        statistics = QWidget()
        stats_layout = QVBoxLayout(statistics)
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("从")))
        range_row.addWidget(self.stats_from)
        range_row.addWidget(QLabel(self.tr("到")))
        range_row.addWidget(self.stats_to)
        range_row.addWidget(self.stats_button)
        range_row.addStretch(1)
        stats_layout.addLayout(range_row)
        stats_layout.addWidget(self.stats_view, 1)
        stats_note = QLabel(self.tr("预约率 = 由预约开出的委托书 ÷ 期间开出的全部委托书"))
        stats_note.setObjectName("muted")
        stats_layout.addWidget(stats_note)

        self.side = QTabWidget()
        self.side.setObjectName("bookSide")
        self.side.addTab(booking, self.tr("预约登记"))
        self.side.addTab(calls, self.tr("确认电话"))
        self.side.addTab(statistics, self.tr("预约统计"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(book_side)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # --- keyboard -----------------------------------------------------------------------------
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.submit)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.step(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.step(1))
        QShortcut(QKeySequence("Ctrl+Home"), self, self.go_today)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh_all)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        order = [
            self.search_box, self.hits, self.advisor_combo, self.day_edit, self.time_combo, self.work_edit,
            self.pay_combo, self.source_combo, self.hours_edit, self.notes_edit, self.book_button, self.new_button,
            self.welcome_button, self.arrive_button, self.cancel_reason, self.cancel_button,
        ]
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)

        self.day_edit.dateChanged.connect(lambda _d: self.reload_slots(self.time_combo, self.day_edit))
        self.advisor_combo.currentIndexChanged.connect(lambda _i: self.reload_slots(self.time_combo, self.day_edit))
        self.move_day.dateChanged.connect(lambda _d: self.reload_slots(self.move_time, self.move_day))
        runner.changed.connect(self.on_changed)
        runner.staff_changed.connect(lambda _id: self.preselect_advisor())
        self.mark_no_shows()
        self.reload_choices()
        self.new_booking()
        self.refresh_all()
        self.refresh_statistics()

    # --- helpers --------------------------------------------------------------------------------

    def _today(self) -> dt.date:
        try:
            return self.runner.read(shop.local_today)
        except DeskError:
            return dt.date.today()

    def _legend(self) -> str:
        cells = [
            (SLOT_COLOURS["booked"], self.tr("已预约")), (SLOT_COLOURS["arrived"], self.tr("已到店")),
            (SLOT_COLOURS["no_show"], self.tr("未到店")), (BUFFER_COLOUR, self.tr("缓冲时段")),
        ]
        return "&nbsp;&nbsp;".join(
            f"<span style='background:{colour}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{text}" for colour, text in cells
        )

    def _last_call(self, row: ConfirmationRow) -> str:
        if not row.last_outcome:
            return self.tr("未打")
        names = {
            "confirmed": self.tr("已确认"), "moved": self.tr("改约"), "cancelled": self.tr("取消"),
            "not_reached": self.tr("未联系上"),
        }
        return f"{names.get(row.last_outcome, row.last_outcome)} {row.last_call_local[11:]} {row.last_caller}"

    def book_day(self) -> dt.date:
        return self.date_edit.date().toPython()

    def mode(self) -> str:
        return str(self.view_combo.currentData())

    def focus_search(self) -> None:
        self.side.setCurrentIndex(0)
        self.search_box.setFocus()
        self.search_box.selectAll()

    # --- choices --------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        people = self.runner.attempt(self, appointment_book.advisors, write=False) or []
        self.advisor_combo.blockSignals(True)
        self.advisor_filter.blockSignals(True)
        chosen = self.advisor_filter.currentData()
        self.advisor_combo.clear()
        self.advisor_filter.clear()
        self.advisor_filter.addItem(self.tr("全部服务顾问"), None)
        for advisor_id, name in people:
            self.advisor_combo.addItem(name, advisor_id)
            self.advisor_filter.addItem(name, advisor_id)
        index = self.advisor_filter.findData(chosen)
        self.advisor_filter.setCurrentIndex(max(index, 0))
        self.advisor_combo.blockSignals(False)
        self.advisor_filter.blockSignals(False)
        self.preselect_advisor()
        self.reload_slots(self.time_combo, self.day_edit)
        self.reload_slots(self.move_time, self.move_day)

    def preselect_advisor(self) -> None:
        index = self.advisor_combo.findData(self.runner.staff_id)
        if index >= 0 and self.current is None:
            self.advisor_combo.setCurrentIndex(index)

    def reload_slots(self, combo: QComboBox, day_edit: QDateEdit) -> None:
        """The slot times of the chosen day, buffers marked; booked ones of the advisor marked too."""
        chosen = combo.currentData()
        advisor_id = self.advisor_combo.currentData()
        if combo is self.move_time:
            row = self.selected_confirmation()
            advisor_id = row.appointment.advisor_id if row else advisor_id
        if advisor_id is None:
            combo.clear()
            return
        days = self.runner.attempt(
            self, appointment_book.book_days, day_edit.date().toPython(), 1, advisor_id, write=False
        )
        combo.blockSignals(True)
        combo.clear()
        free: list[int] = []
        if days and days[0].advisors:
            for slot in days[0].advisors[0].slots:
                text = slot.time.strftime("%H:%M")
                own = self.current is not None and slot.appointment is not None and slot.appointment.number == self.current.number
                if slot.appointment is not None and slot.appointment.status != AppointmentStatus.NO_SHOW.value and not own:
                    text += self.tr("（已约 %1）").replace("%1", slot.appointment.plate)
                elif slot.buffer:
                    text += self.tr("（缓冲）")
                else:
                    free.append(combo.count())
                combo.addItem(text, slot.time.strftime("%H:%M"))
        index = combo.findData(chosen) if chosen is not None else -1
        if index < 0:
            index = free[0] if free else 0
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    # --- refreshing -----------------------------------------------------------------------------

    def mark_no_shows(self) -> None:
        """Appointments of days that have ended and whose car never came become no-shows."""
        self.runner.attempt(self, appointments.mark_no_shows)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.mark_no_shows()
        self.refresh_all()  # changes made at other PCs since the tab was last looked at

    def on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.reload_choices()
        if changes.appointments or changes.orders or changes.settings:
            self.refresh_all()

    def refresh_all(self) -> None:
        self.refresh()
        self.refresh_confirmations()
        if self.current is not None:
            row = self.runner.attempt(self, appointments.row, self.current.number, write=False)
            if row is not None and row.version != self.current.version:
                self.show_appointment(row)

    def on_view_changed(self) -> None:
        week = self.mode() == "week"
        if week and self.advisor_filter.currentData() is None and self.advisor_filter.count() > 1:
            index = self.advisor_filter.findData(self.runner.staff_id)
            self.advisor_filter.setCurrentIndex(index if index > 0 else 1)
        self.prev_button.setText(self.tr("◀ 上一周") if week else self.tr("◀ 前一天"))
        self.next_button.setText(self.tr("下一周 ▶") if week else self.tr("后一天 ▶"))
        self.refresh()

    def step(self, direction: int) -> None:
        days = 7 if self.mode() == "week" else 1
        self.date_edit.setDate(self.date_edit.date().addDays(direction * days))

    def go_today(self) -> None:
        self.date_edit.setDate(QDate(self._today()))

    def refresh(self) -> None:
        """Read the shown day (or week) and draw the grid and the capacity gauges."""
        day = self.book_day()
        advisor_id = self.advisor_filter.currentData()
        if self.mode() == "week":
            if advisor_id is None:
                self.grid.clear()
                self.grid.setRowCount(0)
                self.grid.setColumnCount(0)
                return
            days = self.runner.attempt(
                self, appointment_book.book_days, appointment_book.week_start(day), 7, advisor_id, write=False
            )
        else:
            days = self.runner.attempt(self, appointment_book.book_days, day, 1, advisor_id, write=False)
        self.days = days or []
        self.draw()

    def draw(self) -> None:
        """The grid: a capacity row on top (one gauge per day), then one row per slot."""
        grid = self.grid
        grid.clearSpans()
        grid.clear()
        self.gauges = []
        if not self.days or not self.days[0].advisors:
            grid.setRowCount(0)
            grid.setColumnCount(0)
            return
        week = self.mode() == "week"
        columns = [(d, a) for d in self.days for a in d.advisors] if week else [(self.days[0], a) for a in self.days[0].advisors]
        times = [s.time for s in columns[0][1].slots]
        grid.setColumnCount(len(columns))
        grid.setRowCount(len(times) + 1)
        weekdays = [self.tr("周一"), self.tr("周二"), self.tr("周三"), self.tr("周四"), self.tr("周五"),
                    self.tr("周六"), self.tr("周日")]
        headers = [
            f"{d.day.strftime('%m-%d')} {weekdays[d.day.weekday()]}" if week else a.advisor for d, a in columns
        ]
        grid.setHorizontalHeaderLabels(headers)
        grid.setVerticalHeaderLabels([self.tr("产能"), *(t.strftime("%H:%M") for t in times)])
        today = self._today()
        for column, (book_day, advisor) in enumerate(columns):
            for row, slot in enumerate(advisor.slots, start=1):
                grid.setItem(row, column, self._slot_item(advisor.advisor_id, book_day.day, slot))
            if week and book_day.day == today:
                header = grid.horizontalHeaderItem(column)
                if header is not None:
                    font = header.font()
                    font.setBold(True)
                    font.setUnderline(True)
                    header.setFont(font)
                    header.setForeground(QBrush(QColor("#1565c0")))
                    header.setToolTip(self.tr("今天"))
        if week:
            for column, book_day in enumerate(self.days):
                self._put_gauge(column, book_day.capacity, short=True)
        else:
            if len(columns) > 1:
                grid.setSpan(0, 0, 1, len(columns))
            self._put_gauge(0, self.days[0].capacity, short=False)
        grid.setRowHeight(0, 30)
        cancelled = [c for d in self.days for c in d.cancelled]
        if cancelled:
            self.cancelled_label.setText(
                self.tr("已取消：%1").replace("%1", self.tr("，").join(f"{c.slot_local[5:]} {c.plate} {c.customer}" for c in cancelled))
            )
        else:
            self.cancelled_label.setText("")

    def _put_gauge(self, column: int, capacity: Capacity, *, short: bool) -> None:
        gauge = self.capacity_gauge(capacity, short=short)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(3, 3, 3, 3)
        holder_layout.addWidget(gauge)
        self.grid.setCellWidget(0, column, holder)
        self.gauges.append(gauge)

    def _slot_item(self, advisor_id: int, day: dt.date, slot: appointment_book.Slot) -> QTableWidgetItem:
        row = slot.appointment
        item = QTableWidgetItem()
        item.setData(ROLE_SLOT, (advisor_id, day, slot.time, row.number if row else ""))
        if row is not None:
            status = enum_text(row.status, AppointmentStatus)
            item.setText(f"{row.plate}\n{row.customer}" if self.mode() == "week" else f"{row.plate}  {row.customer}")
            item.setBackground(QBrush(QColor(SLOT_COLOURS.get(row.status, "#ffffff"))))
            flags = []
            if row.buffer_override:
                flags.append(self.tr("占用缓冲"))
            if row.capacity_override:
                flags.append(self.tr("超产能"))
            item.setToolTip(
                f"{row.number}  {status}\n{row.plate}  {row.customer}  {row.phone}\n{row.requested_work}\n"
                + self.tr("预计工时 %1 小时").replace("%1", row.estimated_hours)
                + ("\n" + self.tr("、").join(flags) if flags else "")
            )
            if row.status == AppointmentStatus.NO_SHOW.value:
                item.setForeground(QBrush(QColor("#8a1c1c")))
        elif slot.buffer:
            item.setText(self.tr("缓冲"))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setForeground(QBrush(QColor("#777777")))
            item.setBackground(QBrush(QColor(BUFFER_COLOUR), Qt.BrushStyle.BDiagPattern))
            item.setToolTip(self.tr("缓冲时段：留给超时和临时到店的客户；预约需要确认"))
        return item

    def capacity_gauge(self, capacity: Capacity, *, short: bool = False) -> QProgressBar:
        gauge = QProgressBar()
        gauge.setObjectName("capacityGauge")
        gauge.setRange(0, 100)
        percent = capacity.percent_used
        gauge.setValue(min(percent, 100))
        used, total = format_hours(capacity.used_centi), format_hours(capacity.total_centi)
        if short:
            gauge.setFormat(f"{used} / {total}")
        else:
            gauge.setFormat(
                self.tr("车间产能：已用 %1 / %2 工时，剩余 %3").replace("%1", used).replace("%2", total)
                .replace("%3", format_hours(capacity.left_centi))
            )
        gauge.setMinimumWidth(20)
        gauge.setTextVisible(True)
        gauge.setToolTip(
            self.tr("%1 车间产能 %2 工时：结转未完工 %3，已预约 %4，剩余 %5（已用 %6%）")
            .replace("%1", capacity.day.isoformat()).replace("%2", total)
            .replace("%3", format_hours(capacity.carried_over_centi)).replace("%4", format_hours(capacity.booked_centi))
            .replace("%5", format_hours(capacity.left_centi)).replace("%6", str(percent))
        )
        colour = gauge_colour(percent)
        gauge.setProperty("level", "red" if percent > 100 else "amber" if percent >= 80 else "green")
        gauge.setStyleSheet(
            "QProgressBar { border: 1px solid #b0b0b0; border-radius: 3px; text-align: center; "
            "background: #f4f4f4; }"
            f"QProgressBar::chunk {{ background-color: {colour}; border-radius: 2px; }}"
        )
        return gauge

    # --- the grid -------------------------------------------------------------------------------

    def on_cell_chosen(self, row: int, column: int) -> None:
        item = self.grid.item(row, column)
        if item is None:
            return
        advisor_id, day, time, number = item.data(ROLE_SLOT)
        self.side.setCurrentIndex(0)
        if number:
            found = self.runner.attempt(self, appointments.row, number, write=False)
            if found is not None:
                self.show_appointment(found)
            return
        if self.current is not None:
            self.new_booking(keep_car=True)
        self.set_slot(advisor_id, day, time)
        if self.vehicle_id is None:
            self.search_box.setFocus()
        else:
            self.work_edit.setFocus()

    def set_slot(self, advisor_id: int, day: dt.date, time: dt.time) -> None:
        index = self.advisor_combo.findData(advisor_id)
        if index >= 0:
            self.advisor_combo.setCurrentIndex(index)
        self.day_edit.setDate(QDate(day))
        self.reload_slots(self.time_combo, self.day_edit)
        index = self.time_combo.findData(time.strftime("%H:%M"))
        if index >= 0:
            self.time_combo.setCurrentIndex(index)

    def select_slot(self, advisor_id: int, day: dt.date, time: dt.time) -> bool:
        """Select the grid cell of a slot (as a click would); False when it is not shown."""
        for column in range(self.grid.columnCount()):
            for row in range(self.grid.rowCount()):
                item = self.grid.item(row, column)
                if item is not None and tuple(item.data(ROLE_SLOT)[:3]) == (advisor_id, day, time):
                    self.grid.setCurrentCell(row, column)
                    self.on_cell_chosen(row, column)
                    return True
        return False

    # --- the car --------------------------------------------------------------------------------

    def run_search(self) -> None:
        text = self.search_box.text()
        hits = self.runner.attempt(self, customers.search, text, write=False) or [] if not customers.too_short(text) else []
        self.hits.clear()
        self.hits.setVisible(bool(hits))
        for hit in hits:
            item = QListWidgetItem(f"{hit.plate}  {hit.customer}  {hit.phone}  {hit.model}")
            item.setData(Qt.ItemDataRole.UserRole, hit.vehicle_id)
            self.hits.addItem(item)

    def on_search_enter(self) -> None:
        self.run_search()
        if self.hits.count():
            self.on_hit_chosen(self.hits.item(0))

    def on_hit_chosen(self, item: QListWidgetItem) -> None:
        vehicle_id = item.data(Qt.ItemDataRole.UserRole)
        if vehicle_id is not None:
            self.choose_vehicle(int(vehicle_id))
            self.work_edit.setFocus()

    def offer_vehicle(self, vehicle_id: int | None) -> None:
        """The car chosen at 接车, for booking it here (when no car is chosen here yet)."""
        if vehicle_id is not None and self.vehicle_id is None and self.current is None:
            self.choose_vehicle(vehicle_id)

    def book_for_vehicle(self, vehicle_id: int) -> None:
        """Start a new booking for this car."""
        self.new_booking()
        self.choose_vehicle(vehicle_id)
        self.work_edit.setFocus()

    def choose_vehicle(self, vehicle_id: int) -> None:
        history = self.runner.attempt(self, appointments.car_history, vehicle_id, write=False)
        if history is None:
            return
        self.vehicle_id = vehicle_id
        self.show_history(history)
        self.update_buttons()

    def show_history(self, history: CarHistory) -> None:
        self.recommendations.show_vehicle(self.vehicle_id)
        self.car_label.setText(f"<b>{history.plate}</b>  {history.customer}  {history.phone}  {history.model}")
        self.car_label.setTextFormat(Qt.TextFormat.RichText)
        if history.notices:
            lines = [f"⚠ {self._escape(n.text)}" for n in history.notices]
            self.history_label.setText("<br/>".join(lines))
            self.history_label.setStyleSheet("color: #8a4b00;")
        else:
            self.history_label.setText(self.tr("没有未完结的委托书、其他预约或爽约记录。"))
            self.history_label.setStyleSheet("color: #2e7d32;")

    @staticmethod
    def _escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    # --- booking --------------------------------------------------------------------------------

    def new_booking(self, keep_car: bool = False) -> None:
        self.current = None
        if not keep_car:
            self.vehicle_id = None
            self.car_label.setText(self.tr("未选车辆：在上面搜索车牌、手机号或姓名"))
            self.car_label.setTextFormat(Qt.TextFormat.PlainText)
            self.history_label.setText("")
            self.recommendations.show_vehicle(None)
        self.work_edit.clear()
        self.hours_edit.clear()
        self.notes_edit.clear()
        self.cancel_reason.clear()
        self.pay_combo.setCurrentIndex(0)
        self.source_combo.setCurrentIndex(0)
        self.mode_label.setText("")
        self.preselect_advisor()
        self.update_buttons()
        self.conflict_note.loaded()

    def show_appointment(self, row: AppointmentRow) -> None:
        self.current = row
        self.vehicle_id = row.vehicle_id
        history = self.runner.attempt(
            self, appointments.car_history, row.vehicle_id, excluding=row.number, write=False
        )
        if history is not None:
            self.show_history(history)
        local = self.runner.attempt(self, appointments.local_slot, row, write=False)
        if local is not None:
            self.set_slot(row.advisor_id, *local)
        self.work_edit.setPlainText(row.requested_work)
        self.pay_combo.setCurrentIndex(max(self.pay_combo.findData(row.pay_type_intent), 0))
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(row.source), 0))
        self.hours_edit.setText("" if row.estimated_hours == "0" else row.estimated_hours)
        self.notes_edit.setText(row.notes)
        status = enum_text(row.status, AppointmentStatus)
        self.mode_label.setText(self.tr("预约 %1（%2）").replace("%1", row.number).replace("%2", status))
        self.update_buttons()
        self.conflict_note.loaded()

    def update_buttons(self) -> None:
        booked = self.current is not None and self.current.status == AppointmentStatus.BOOKED.value
        self.book_button.setText(self.tr("保存修改 (Ctrl+Enter)") if self.current is not None else self.tr("预约 (Ctrl+Enter)"))
        self.book_button.setEnabled(self.vehicle_id is not None and (self.current is None or booked))
        self.welcome_button.setEnabled(self.current is not None)
        self.arrive_button.setEnabled(booked)
        self.cancel_button.setEnabled(booked)
        self.cancel_reason.setEnabled(booked)

    def submit(self) -> None:
        if self.vehicle_id is None:
            self.runner.reporter.error(self, self.tr("请先搜索并选择要预约的车辆。"))
            self.focus_search()
            return
        time = combo_time(self.time_combo)
        if time is None:
            self.runner.reporter.error(self, self.tr("请选择预约时段。"))
            return
        values = dict(
            advisor_id=self.advisor_combo.currentData(), day=self.day_edit.date().toPython(), time=time,
            requested_work=self.work_edit.toPlainText(), source=self.source_combo.currentData(),
            notes=self.notes_edit.text(), pay_type_intent=self.pay_combo.currentData(),
            estimated_hours=self.hours_edit.text(), staff_id=self.runner.staff_id,
        )
        if self.current is None:
            saved = self.runner.attempt(self, appointments.book, vehicle_id=self.vehicle_id, confirmable=True, **values)
        else:
            saved = self.runner.attempt(
                self, appointments.modify, self.current.number, expected_version=self.current.version,
                confirmable=True, on_conflict=self.on_conflict, **values,
            )
        if saved is None:
            return
        self.show_appointment(saved)
        self.mode_label.setText(
            self.tr("已预约 %1：%2，%3").replace("%1", saved.number).replace("%2", saved.slot_local)
            .replace("%3", saved.advisor)
        )
        day = self.day_edit.date()
        if self.mode() == "day" and self.date_edit.date() != day:
            self.date_edit.setDate(day)

    def on_conflict(self, conflict: Conflict) -> None:
        """Another PC saved this appointment first: show the latest and offer back what was typed."""
        if self.current is None:
            return
        typed = self.conflict_note.typed()  # before the reload replaces the fields
        fresh = self.runner.attempt(self, appointments.row, self.current.number, write=False)
        if fresh is None:
            return
        self.show_appointment(fresh)
        self.conflict_note.offer(conflict, typed)

    def cancel_booking(self) -> None:
        if self.current is None:
            return
        reason = self.cancel_reason.text()
        if not reason.strip():
            self.runner.reporter.error(self, self.tr("请先在“取消原因”里写明为什么取消，再点“取消预约”。"))
            self.cancel_reason.setFocus()
            return
        done = self.runner.attempt(
            self, appointments.cancel, self.current.number, reason=reason, staff_id=self.runner.staff_id,
            expected_version=self.current.version, on_conflict=self.on_conflict,
        )
        if done is not None:
            self.show_appointment(done)
            self.cancel_reason.clear()

    def on_arrive(self) -> None:
        if self.current is not None:
            self.arrival_requested.emit(self.current.number)

    def render_welcome(self) -> bytes | None:
        """The welcome board of the chosen appointment as PDF bytes."""
        if self.current is None:
            return None
        from desk.printing.welcome_board import render_welcome_board

        data = self.runner.attempt(self, welcome.welcome_board, self.current.number, write=False)
        if data is None:
            return None
        try:
            return render_welcome_board(data, font_path=self.runner.settings.font_path)
        except DeskError as refusal:
            self.runner.reporter.error(self, translate_error(refusal))
            return None

    def preview_welcome(self) -> None:
        pdf = self.render_welcome()
        if pdf is None or self.current is None:
            return
        from desk.views.pdf_preview import PdfPreview

        preview = PdfPreview(pdf, self.tr("欢迎牌 %1").replace("%1", self.current.number),
                             f"{self.current.number}-welcome.pdf", self)
        preview.resize(1100, 820)
        preview.exec()

    # --- statistics -----------------------------------------------------------------------------

    def refresh_statistics(self) -> None:
        stats = self.runner.attempt(
            self, appointment_book.statistics, self.stats_from.date().toPython(), self.stats_to.date().toPython(),
            write=False,
        )
        if stats is not None:
            self.stats.set_rows([*stats.advisors, stats.total])

    # --- confirmation calls ---------------------------------------------------------------------

    def refresh_confirmations(self) -> None:
        rows = self.runner.attempt(
            self, appointment_book.confirmation_list, self.confirm_day.date().toPython(), write=False
        ) or []
        chosen = self.selected_confirmation()
        self.confirmations.set_rows(rows)
        called = sum(1 for r in rows if r.last_outcome in ("confirmed", "moved"))
        self.confirm_count.setText(self.tr("共 %1 个，已确认 %2 个").replace("%1", str(len(rows))).replace("%2", str(called)))
        if chosen is not None:
            for index, row in enumerate(rows):
                if row.appointment.number == chosen.appointment.number:
                    self.confirm_view.selectRow(index)
                    break

    def selected_confirmation(self) -> ConfirmationRow | None:
        if not hasattr(self, "confirm_view"):
            return None
        indexes = self.confirm_view.selectionModel().selectedRows() if self.confirm_view.selectionModel() else []
        return self.confirmations.row_at(indexes[0]) if indexes else None

    def record_call(self, outcome: str) -> None:
        row = self.selected_confirmation()
        if row is None:
            self.runner.reporter.error(self, self.tr("请先在列表里选中要记录电话结果的预约。"))
            return
        extra: dict[str, object] = {}
        if outcome == "moved":
            time = combo_time(self.move_time)
            if time is None:
                self.runner.reporter.error(self, self.tr("请选择改约的日期和时段。"))
                return
            extra = {"new_day": self.move_day.date().toPython(), "new_time": time}
        done = self.runner.attempt(
            self, appointments.record_call, row.appointment.number, outcome, note=self.call_note.text(),
            staff_id=self.runner.staff_id, confirmable=True, **extra,
        )
        if done is not None:
            self.call_note.clear()


__all__ = ["AppointmentsTab", "gauge_colour"]
