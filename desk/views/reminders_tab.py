"""客户关怀: the reminder call lists — maintenance due, declined work, today's care dates.

Three lists on inner tabs (保养提醒 with how many days ahead, 未做建议项目, 今日关怀). Below them,
for the selected line: what the call came to (outcome, note, 记录) and, when the customer agrees
to come, 预约到店 — advisor, day and reception slot chosen as on the 预约 tab, booked as an active
appointment (主动预约) together with the call in one step.

Keys: Enter on a line goes to the outcome; Enter in the note records it; Ctrl+Enter books;
F5 reloads the lists.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.models.base import utc_now
from desk.models.enums import ReminderKind, ReminderOutcome
from desk.services import appointment_book, reminders, shop
from desk.services.changes import Changes
from desk.services.errors import DeskError
from desk.services.reminders import CareDay, DeclinedWorkDue, LastCall, MaintenanceDue
from desk.views.i18n import enum_text, yuan
from desk.views.runner import Runner
from desk.views.table_model import Column, RowsModel, rows_view

PAGE_MAINTENANCE, PAGE_DECLINED, PAGE_CARE = range(3)

# the outcomes the record button writes on the call lists; a booking is made with the book button
CALL_OUTCOMES = (ReminderOutcome.CALL_LATER, ReminderOutcome.NOT_REACHED, ReminderOutcome.NOT_NEEDED)
CARE_OUTCOMES = (ReminderOutcome.GREETED, ReminderOutcome.NOT_REACHED, ReminderOutcome.CALL_LATER)


class RemindersTab(QWidget):
    """The three call lists, the outcome row and booking in one step."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        today = self._today()

        # --- 保养提醒 ----------------------------------------------------------------------------
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("daysAhead")
        self.days_spin.setRange(0, 90)
        self.days_spin.setValue(14)
        self.days_spin.setSuffix(self.tr(" 天"))
        # A ten-year shop takes seconds to list; wait until the arrows stop rather than list each day.
        self._days_settled = QTimer(self)
        self._days_settled.setSingleShot(True)
        self._days_settled.setInterval(400)
        self._days_settled.timeout.connect(self.refresh_maintenance)
        self.days_spin.valueChanged.connect(lambda _v: self._days_settled.start())
        days_label = QLabel(self.tr("未来(&A)"))
        days_label.setBuddy(self.days_spin)
        self.maintenance_count = QLabel()
        self.maintenance_model = RowsModel[MaintenanceDue](
            [
                Column(self.tr("到期日"), lambda r: r.due_on.isoformat()),
                Column(self.tr("剩余"), self._days_left, numeric=True),
                Column(self.tr("依据"), self._reason, tooltip=self._reason_tip),
                Column(self.tr("车牌"), lambda r: r.plate),
                Column(self.tr("车型"), lambda r: r.model),
                Column(self.tr("客户"), lambda r: r.customer),
                Column(self.tr("手机"), lambda r: r.phone),
                Column(self.tr("上次进厂"), lambda r: r.last_visit.isoformat()),
                Column(self.tr("上次里程"), lambda r: f"{r.last_mileage:,}", numeric=True),
                Column(self.tr("估计现在"), lambda r: f"{r.estimated_mileage:,}", numeric=True),
                Column(self.tr("日均"), self._daily, numeric=True),
                self._call_column(),
            ],
            self,
        )
        self.maintenance_view = rows_view(self.maintenance_model, "maintenanceDue")
        maintenance_page = QWidget()
        page_layout = QVBoxLayout(maintenance_page)
        top = QHBoxLayout()
        top.addWidget(days_label)
        top.addWidget(self.days_spin)
        top.addWidget(QLabel(self.tr("内到期（含逾期 %1 天内）").replace("%1", str(reminders.OVERDUE_DAYS))))
        top.addStretch(1)
        top.addWidget(self.maintenance_count)
        page_layout.addLayout(top)
        page_layout.addWidget(self.maintenance_view, 1)

        # --- 未做建议项目 ------------------------------------------------------------------------
        self.declined_count = QLabel()
        self.declined_model = RowsModel[DeclinedWorkDue](
            [
                Column(self.tr("发现日期"), lambda r: r.found_day),
                Column(self.tr("车牌"), lambda r: r.plate),
                Column(self.tr("车型"), lambda r: r.model),
                Column(self.tr("客户"), lambda r: r.customer),
                Column(self.tr("手机"), lambda r: r.phone),
                Column(self.tr("委托书"), lambda r: r.order_number),
                Column(self.tr("建议项目"), lambda r: r.description, tooltip=lambda r: r.items),
                Column(self.tr("金额"), lambda r: yuan(r.total_fen), numeric=True),
                self._call_column(),
            ],
            self,
        )
        self.declined_view = rows_view(self.declined_model, "declinedWork", stretch_column=6)
        declined_page = QWidget()
        page_layout = QVBoxLayout(declined_page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("客户上次没做的建议项目，车不在店、也没有预约")))
        top.addStretch(1)
        top.addWidget(self.declined_count)
        page_layout.addLayout(top)
        page_layout.addWidget(self.declined_view, 1)

        # --- 今日关怀 ----------------------------------------------------------------------------
        self.care_day = QDateEdit(QDate(today))
        self.care_day.setObjectName("careDay")
        self.care_day.setCalendarPopup(True)
        self.care_day.setDisplayFormat("yyyy-MM-dd")
        self.care_day.dateChanged.connect(lambda _d: self.refresh_care())
        care_label = QLabel(self.tr("日期(&T)"))
        care_label.setBuddy(self.care_day)
        self.care_count = QLabel()
        self.care_model = RowsModel[CareDay](
            [
                Column(self.tr("类型"), lambda r: enum_text(r.kind, ReminderKind)),
                Column(self.tr("客户"), lambda r: r.customer),
                Column(self.tr("手机"), lambda r: r.phone),
                Column(self.tr("车牌"), lambda r: r.plate),
                Column(self.tr("车型"), lambda r: r.model),
                Column(self.tr("日期"), self._care_date),
                Column(self.tr("岁 / 周年"), self._care_years),
                Column(self.tr("今年已问候"), lambda r: self.tr("是") if r.greeted else ""),
                self._call_column(),
            ],
            self,
        )
        self.care_view = rows_view(self.care_model, "careDays")
        care_page = QWidget()
        page_layout = QVBoxLayout(care_page)
        top = QHBoxLayout()
        top.addWidget(care_label)
        top.addWidget(self.care_day)
        top.addWidget(QLabel(self.tr("的客户生日和购车周年")))
        top.addStretch(1)
        top.addWidget(self.care_count)
        page_layout.addLayout(top)
        page_layout.addWidget(self.care_view, 1)

        self.pages = QTabWidget()
        self.pages.setObjectName("reminderPages")
        self.pages.addTab(maintenance_page, self.tr("保养提醒"))
        self.pages.addTab(declined_page, self.tr("未做建议项目"))
        self.pages.addTab(care_page, self.tr("今日关怀"))
        self.pages.currentChanged.connect(lambda _i: self.on_selection())

        # --- the call's outcome ------------------------------------------------------------------
        self.selected_label = QLabel()
        self.selected_label.setObjectName("reminderSelected")
        self.selected_label.setWordWrap(True)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("reminderOutcome")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("reminderNote")
        self.note_edit.setPlaceholderText(self.tr("客户怎么说，如 下周出差回来再约；客户不需要时写明原因"))
        self.note_edit.returnPressed.connect(self.record)
        self.record_button = QPushButton(self.tr("记录"))
        self.record_button.setObjectName("reminderRecord")
        self.record_button.clicked.connect(self.record)
        outcome_label = QLabel(self.tr("结果(&R)"))
        outcome_label.setBuddy(self.outcome_combo)
        note_label = QLabel(self.tr("备注(&N)"))
        note_label.setBuddy(self.note_edit)
        call_box = QGroupBox(self.tr("电话结果"))
        call_layout = QVBoxLayout(call_box)
        call_layout.addWidget(self.selected_label)
        row = QHBoxLayout()
        row.addWidget(outcome_label)
        row.addWidget(self.outcome_combo)
        row.addWidget(note_label)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.record_button)
        call_layout.addLayout(row)

        # --- booking in one step -----------------------------------------------------------------
        self.advisor_combo = QComboBox()
        self.advisor_combo.setObjectName("reminderAdvisor")
        self.book_day = QDateEdit(QDate(today + dt.timedelta(days=1)))
        self.book_day.setObjectName("reminderDay")
        self.book_day.setCalendarPopup(True)
        self.book_day.setDisplayFormat("yyyy-MM-dd")
        self.book_day.setMinimumDate(QDate(today))
        self.time_combo = QComboBox()
        self.time_combo.setObjectName("reminderTime")
        self.time_combo.setMinimumContentsLength(12)
        self.work_edit = QLineEdit()
        self.work_edit.setObjectName("reminderWork")
        self.work_edit.setPlaceholderText(self.tr("预约项目，不填则按提醒原因"))
        self.work_edit.returnPressed.connect(self.book)
        self.book_button = QPushButton(self.tr("预约到店 (Ctrl+Enter)"))
        self.book_button.setObjectName("reminderBook")
        self.book_button.clicked.connect(self.book)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.book)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.book_day.dateChanged.connect(lambda _d: self.reload_slots())
        self.advisor_combo.currentIndexChanged.connect(lambda _i: self.reload_slots())
        advisor_label = QLabel(self.tr("服务顾问(&V)"))
        advisor_label.setBuddy(self.advisor_combo)
        self.book_box = QGroupBox(self.tr("预约到店（主动预约）"))
        book_layout = QHBoxLayout(self.book_box)
        book_layout.addWidget(advisor_label)
        book_layout.addWidget(self.advisor_combo)
        book_layout.addWidget(QLabel(self.tr("日期")))
        book_layout.addWidget(self.book_day)
        book_layout.addWidget(QLabel(self.tr("时间")))
        book_layout.addWidget(self.time_combo)
        book_layout.addWidget(self.work_edit, 1)
        book_layout.addWidget(self.book_button)

        self.message = QLabel()
        self.message.setObjectName("reminderMessage")

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(call_box)
        layout.addWidget(self.book_box)
        layout.addWidget(self.message)

        for view in self.views():
            view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.on_selection())
            view.activated.connect(lambda _index: self.outcome_combo.setFocus())
        for first, second in (
            (self.outcome_combo, self.note_edit), (self.note_edit, self.record_button),
            (self.record_button, self.advisor_combo), (self.advisor_combo, self.book_day),
            (self.book_day, self.time_combo), (self.time_combo, self.work_edit), (self.work_edit, self.book_button),
        ):
            self.setTabOrder(first, second)

        runner.changed.connect(self.on_changed)
        runner.staff_changed.connect(lambda _id: self.preselect_advisor())
        self.reload_choices()
        # No refresh here: the lists look at every car (seconds on ten years of a busy shop), and the
        # main window builds every tab at start; showEvent works them out when the tab is first shown.

    # --- helpers ----------------------------------------------------------------------------------

    def _today(self) -> dt.date:
        try:
            return self.runner.read(shop.local_today)
        except DeskError:
            return dt.date.today()

    def views(self) -> tuple[QTableView, QTableView, QTableView]:
        return self.maintenance_view, self.declined_view, self.care_view

    def _days_left(self, row: MaintenanceDue) -> str:
        if row.days_left > 0:
            return self.tr("还有 %1 天").replace("%1", str(row.days_left))
        if row.days_left == 0:
            return self.tr("今天")
        return self.tr("已过 %1 天").replace("%1", str(-row.days_left))

    def _reason(self, row: MaintenanceDue) -> str:
        return self.tr("按里程") if row.reason == "mileage" else self.tr("按日期")

    def _reason_tip(self, row: MaintenanceDue) -> str:
        return (
            self.tr("下次保养 %1 或 %2 km，先到者为准；按日均 %3 km，约 %4 达到该里程")
            .replace("%1", row.next_date.isoformat()).replace("%2", f"{row.next_km:,}")
            .replace("%3", str(row.daily_km)).replace("%4", row.km_day.isoformat())
        )

    def _daily(self, row: MaintenanceDue) -> str:
        text = f"{row.daily_km} km"
        return text if row.daily_km_measured else self.tr("%1（默认）").replace("%1", text)

    def _call_column(self) -> Column:  # type: ignore[type-arg]
        """上次电话: when and how the last call went; who made it and the note in the tooltip."""
        return Column(
            self.tr("上次电话"), lambda r: self._call_text(r.last_call), tooltip=lambda r: self._call_tip(r.last_call)
        )

    def _call_text(self, call: LastCall | None) -> str:
        if call is None:
            return self.tr("未打")
        return f"{call.at_local[5:]} {enum_text(call.outcome, ReminderOutcome)}"

    def _call_tip(self, call: LastCall | None) -> str:
        if call is None:
            return ""
        parts = (call.at_local, call.staff, enum_text(call.outcome, ReminderOutcome), call.note)
        return " · ".join(part for part in parts if part)

    def _care_date(self, row: CareDay) -> str:
        if row.kind == ReminderKind.BIRTHDAY.value and row.years is None:
            return row.date.strftime("%m-%d")
        return row.date.isoformat()

    def _care_years(self, row: CareDay) -> str:
        if row.years is None:
            return ""
        if row.kind == ReminderKind.BIRTHDAY.value:
            return self.tr("%1 岁").replace("%1", str(row.years))
        return self.tr("%1 周年").replace("%1", str(row.years))

    # --- choices ----------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        people = self.runner.attempt(self, appointment_book.advisors, write=False) or []
        self.advisor_combo.blockSignals(True)
        self.advisor_combo.clear()
        for advisor_id, name in people:
            self.advisor_combo.addItem(name, advisor_id)
        self.advisor_combo.blockSignals(False)
        self.preselect_advisor()
        self.reload_slots()

    def preselect_advisor(self) -> None:
        index = self.advisor_combo.findData(self.runner.staff_id)
        if index >= 0:
            self.advisor_combo.setCurrentIndex(index)

    def reload_slots(self) -> None:
        """The chosen advisor's reception slots of the day; taken ones and buffers marked, past ones left out."""
        chosen = self.time_combo.currentData()
        advisor_id = self.advisor_combo.currentData()
        self.time_combo.clear()
        if advisor_id is None:
            return
        days = self.runner.attempt(
            self, appointment_book.book_days, self.book_day.date().toPython(), 1, advisor_id, write=False
        )
        now = utc_now()
        free: list[int] = []
        if days and days[0].advisors:
            for slot in days[0].advisors[0].slots:
                if slot.start < now:
                    continue
                text = slot.time.strftime("%H:%M")
                if slot.appointment is not None and slot.appointment.status != "no_show":
                    text += self.tr("（已约 %1）").replace("%1", slot.appointment.plate)
                elif slot.buffer:
                    text += self.tr("（缓冲）")
                else:
                    free.append(self.time_combo.count())
                self.time_combo.addItem(text, slot.time.strftime("%H:%M"))
        index = self.time_combo.findData(chosen) if chosen is not None else -1
        self.time_combo.setCurrentIndex(index if index >= 0 else (free[0] if free else 0))

    # --- lists ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_maintenance()
        self.refresh_declined()
        self.refresh_care()

    def _refill(  # type: ignore[no-untyped-def]
        self, view: QTableView, model: RowsModel, rows: list, key  # type: ignore[type-arg]
    ) -> None:
        """Replace the rows and keep the same line selected when it is still there."""
        current = model.row_at(view.currentIndex())
        wanted = key(current) if current is not None else None
        model.set_rows(rows)
        for number, row in enumerate(rows):
            if wanted is not None and key(row) == wanted:
                view.selectRow(number)
                break
        self.on_selection()

    def refresh_maintenance(self) -> None:
        self._days_settled.stop()  # whatever the arrows asked for is read now
        counted = self.maintenance_count.text()
        self.maintenance_count.setText(self.tr("正在查找到期车辆…"))
        self.maintenance_count.repaint()
        rows = self.runner.attempt(
            self, reminders.maintenance_due, self._today(), self.days_spin.value(), write=False, busy=True
        )
        if rows is None:
            self.maintenance_count.setText(counted)  # the list shown is still the last one read
            return
        self._refill(self.maintenance_view, self.maintenance_model, rows, lambda r: r.vehicle_id)
        overdue = sum(1 for r in rows if r.days_left < 0)
        self.maintenance_count.setText(
            self.tr("共 %1 辆，其中逾期 %2 辆").replace("%1", str(len(rows))).replace("%2", str(overdue))
        )

    def refresh_declined(self) -> None:
        rows = self.runner.attempt(self, reminders.declined_work, self._today(), write=False)
        if rows is None:
            return
        self._refill(self.declined_view, self.declined_model, rows, lambda r: r.work_id)
        self.declined_count.setText(
            self.tr("共 %1 项，合计 %2").replace("%1", str(len(rows))).replace("%2", yuan(sum(r.total_fen for r in rows)))
        )

    def refresh_care(self) -> None:
        rows = self.runner.attempt(self, reminders.care_list, self.care_day.date().toPython(), write=False)
        if rows is None:
            return
        self._refill(self.care_view, self.care_model, rows, lambda r: (r.kind, r.customer_id, r.vehicle_id))
        waiting = sum(1 for r in rows if not r.greeted)
        self.care_count.setText(self.tr("共 %1 位，待问候 %2 位").replace("%1", str(len(rows))).replace("%2", str(waiting)))

    def on_changed(self, changes: Changes) -> None:
        # the lists look at every car: worked out again only while on screen (showEvent does it later)
        if self.isVisible() and (changes.customers or changes.appointments or changes.orders):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()  # calls made at other PCs since the tab was last looked at

    # --- the selected line ------------------------------------------------------------------------

    def selected(self) -> MaintenanceDue | DeclinedWorkDue | CareDay | None:
        page = self.pages.currentIndex()
        view = self.views()[page]
        model = (self.maintenance_model, self.declined_model, self.care_model)[page]
        return model.row_at(view.currentIndex())  # type: ignore[no-any-return]

    def call_subject(self) -> tuple[int, str, dt.date, int | None] | None:
        """``(vehicle_id, kind, due_on, additional_work_id)`` of the selected line."""
        row = self.selected()
        today = self._today()
        if isinstance(row, MaintenanceDue):
            return row.vehicle_id, ReminderKind.MAINTENANCE.value, row.due_on, None
        if isinstance(row, DeclinedWorkDue):
            return row.vehicle_id, ReminderKind.DECLINED_WORK.value, today, row.work_id
        if isinstance(row, CareDay):
            return row.vehicle_id, row.kind, self.care_day.date().toPython(), None
        return None

    def on_selection(self) -> None:
        page = self.pages.currentIndex()
        outcomes = CARE_OUTCOMES if page == PAGE_CARE else CALL_OUTCOMES
        if self.outcome_combo.property("page") != page:  # each list starts from its commonest outcome
            self.outcome_combo.clear()
            for outcome in outcomes:
                self.outcome_combo.addItem(enum_text(outcome), outcome.value)
            self.outcome_combo.setProperty("page", page)
        row = self.selected()
        self.book_box.setEnabled(page != PAGE_CARE and row is not None)
        self.record_button.setEnabled(row is not None)
        if row is None:
            self.selected_label.setText(self.tr("请在上面的列表中选择一位客户。"))
            return
        if isinstance(row, MaintenanceDue):
            text = self.tr("%1 %2 · %3 %4 · 保养到期 %5（%6）").replace("%5", row.due_on.isoformat()).replace(
                "%6", self._reason(row))
        elif isinstance(row, DeclinedWorkDue):
            text = self.tr("%1 %2 · %3 %4 · 上次建议：%5 %6").replace("%5", row.description).replace(
                "%6", yuan(row.total_fen))
        else:
            text = self.tr("%1 %2 · %3 %4 · %5 %6").replace("%5", enum_text(row.kind, ReminderKind)).replace(
                "%6", self._care_years(row))
        self.selected_label.setText(
            text.replace("%1", row.plate).replace("%2", row.model).replace("%3", row.customer).replace("%4", row.phone)
        )

    # --- actions ----------------------------------------------------------------------------------

    def record(self) -> None:
        subject = self.call_subject()
        if subject is None:
            self.runner.reporter.error(self, self.tr("请先在列表中选择要记录的客户。"))
            return
        vehicle_id, kind, due_on, work_id = subject
        saved = self.runner.attempt(
            self, reminders.record_call, vehicle_id, kind, due_on, self.outcome_combo.currentData(),
            self.note_edit.text(), self.runner.staff_id, additional_work_id=work_id,
        )
        if saved is None:
            return
        self.note_edit.clear()
        self.message.setText(
            self.tr("已记录：%1 %2").replace("%1", saved.at_local).replace("%2", enum_text(saved.outcome, ReminderOutcome))
        )
        self.views()[self.pages.currentIndex()].setFocus()

    def book(self) -> None:
        subject = self.call_subject()
        if subject is None or self.pages.currentIndex() == PAGE_CARE:
            self.runner.reporter.error(self, self.tr("请先在保养提醒或未做建议项目中选择要预约的车辆。"))
            return
        time = self.time_combo.currentData()
        if not time:
            self.runner.reporter.error(self, self.tr("请选择预约时段。"))
            return
        vehicle_id, kind, due_on, work_id = subject
        booked = self.runner.attempt(
            self, reminders.book_from_reminder, vehicle_id, kind, due_on,
            advisor_id=self.advisor_combo.currentData(), day=self.book_day.date().toPython(),
            time=dt.time.fromisoformat(time), requested_work=self.work_edit.text(), note=self.note_edit.text(),
            additional_work_id=work_id, staff_id=self.runner.staff_id, confirmable=True,
        )
        if booked is None:
            return
        self.note_edit.clear()
        self.work_edit.clear()
        self.message.setText(
            self.tr("已预约 %1：%2，%3，%4").replace("%1", booked.appointment.number)
            .replace("%2", booked.appointment.slot_local).replace("%3", booked.appointment.advisor)
            .replace("%4", booked.appointment.plate)
        )
        self.reload_slots()


__all__ = ["RemindersTab"]
