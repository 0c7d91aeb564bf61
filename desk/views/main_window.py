"""The counter application's main window: it only builds the tabs and wires them together."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from desk import __version__
from desk.config import describe_database
from desk.models.enums import Role
from desk.services import shop
from desk.views.additional_work_panel import AdditionalWorkPanel
from desk.views.appointments_tab import AppointmentsTab
from desk.views.board_tab import BoardTab
from desk.views.catalogue_manager import open_catalogue_manager
from desk.views.checks_panel import ChecksPanel
from desk.views.complaints_tab import ComplaintsTab
from desk.views.dispatch_panel import DispatchPanel
from desk.views.followup_tab import FollowUpTab
from desk.views.gate_tab import GateTab
from desk.views.i18n import enum_text
from desk.views.inspection_tab import InspectionTab
from desk.views.intake_tab import IntakeTab
from desk.views.kpi_tab import KpiTab
from desk.views.order_tab import OrderTab
from desk.views.print_settings_dialog import PrintSettingsDialog
from desk.views.reminders_tab import RemindersTab
from desk.views.runner import Runner
from desk.views.settlement_tab import SettlementTab
from desk.views.shop_dialog import ShopDialog
from desk.views.staff_dialog import StaffDialog
from desk.views.workshop_tab import WorkshopTab


TAB_KEYS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6", "Alt+7", "Alt+8", "Alt+9", "Alt+0", "Alt+-", "Alt+=")
"""The tabs' shortcuts in their order: the number row, then the two keys after 0 (also in the Go menu)."""

ROLE_DATA = Qt.ItemDataRole.UserRole + 1
"""Where the staff picker keeps each person's role."""


class MainWindow(QMainWindow):
    """The counter's tabs (看板 … 指标, also in the 转到 menu with their keys); the status bar shows the
    database and who is at the counter."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Desk 售后服务前台"))
        self.board = BoardTab(runner)
        self.intake = IntakeTab(runner)
        self.order = OrderTab(runner)
        self.order.add_section(DispatchPanel(runner), self.tr("派工与工时"))
        self.order.add_section(AdditionalWorkPanel(runner), self.tr("追加项目"))
        self.order.add_section(ChecksPanel(runner), self.tr("质检与交车"))
        self.settlement = SettlementTab(runner)
        self.appointments = AppointmentsTab(runner)
        self.inspection = InspectionTab(runner)
        self.workshop = WorkshopTab(runner)
        self.gate = GateTab(runner)
        self.followup = FollowUpTab(runner)
        self.complaints = ComplaintsTab(runner)
        self.reminders = RemindersTab(runner)
        self.kpi = KpiTab(runner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.go_actions: list[QAction] = []
        for key, (widget, title) in zip(TAB_KEYS, [
            (self.board, self.tr("看板")), (self.intake, self.tr("接车")),
            (self.order, self.tr("委托书")), (self.settlement, self.tr("结算")),
            (self.appointments, self.tr("预约")), (self.inspection, self.tr("环车检查")),
            (self.workshop, self.tr("车间派工")), (self.gate, self.tr("门卫")),
            (self.followup, self.tr("回访")), (self.complaints, self.tr("投诉")),
            (self.reminders, self.tr("客户关怀")), (self.kpi, self.tr("指标")),
        ], strict=True):
            self.tabs.addTab(widget, title)
            self.tabs.setTabToolTip(self.tabs.count() - 1, key)
            action = QAction(title, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, w=widget: self.tabs.setCurrentWidget(w))
            self.go_actions.append(action)
        self.setCentralWidget(self.tabs)

        self.board.order_requested.connect(self.show_order)
        self.board.appointment_requested.connect(self.inspect_appointment)
        self.inspection.order_opened.connect(self.show_order)
        self.appointments.arrival_requested.connect(self.receive_appointment)
        self.intake.order_opened.connect(self.show_order)
        self.order.settle_requested.connect(self.show_settlement)
        self.settlement.order_requested.connect(self.show_order)
        self.workshop.order_requested.connect(self.show_order)
        self.tabs.currentChanged.connect(self.on_tab_changed)

        self._build_menu()
        self._build_status_bar()
        self.board.refresh()
        self.settlement.refresh()

    def _build_menu(self) -> None:
        desk_menu = self.menuBar().addMenu(self.tr("文件"))
        settings = desk_menu.addAction(self.tr("本店信息…"))
        settings.triggered.connect(lambda: ShopDialog(self.runner, self).exec())
        desk_menu.addAction(self.tr("打印设置…")).triggered.connect(lambda: PrintSettingsDialog(self.runner, self).exec())
        staff = desk_menu.addAction(self.tr("员工…"))
        staff.triggered.connect(self.on_staff_dialog)
        catalogues = desk_menu.addAction(self.tr("目录管理…"))
        catalogues.setShortcut(QKeySequence("Ctrl+Shift+K"))
        catalogues.triggered.connect(lambda: open_catalogue_manager(self.runner, self))
        desk_menu.addSeparator()
        quit_action = desk_menu.addAction(self.tr("退出"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        go_menu = self.menuBar().addMenu(self.tr("转到"))
        go_menu.addActions(self.go_actions)
        help_menu = self.menuBar().addMenu(self.tr("帮助"))
        about = help_menu.addAction(self.tr("关于 Desk"))
        about.triggered.connect(self.on_about)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self.tr("数据库：%1").replace("%1", describe_database(self.runner.database.url)))
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("staffPicker")
        self.staff_combo.currentIndexChanged.connect(self.on_staff_chosen)
        self.reload_staff()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(QLabel(self.tr("当前员工：")))
        self.statusBar().addPermanentWidget(self.staff_combo)

    def reload_staff(self) -> None:
        """Fill the staff picker, choosing the person last signed in at this PC."""
        staff = self.runner.attempt(self, shop.list_staff, write=False) or []
        self.staff_combo.blockSignals(True)
        self.staff_combo.clear()
        for person in staff:
            self.staff_combo.addItem(
                self.tr("%1（%2）").replace("%2", enum_text(person.role, Role)).replace("%1", person.name), person.id
            )
            self.staff_combo.setItemData(self.staff_combo.count() - 1, person.role, ROLE_DATA)
        wanted = self.runner.staff_id or QSettings().value("counter/staff_id")
        index = self.staff_combo.findData(int(wanted)) if wanted is not None else -1
        if index < 0:
            index = next((i for i, p in enumerate(staff) if p.role == Role.ADVISOR.value), 0)
        self.staff_combo.setCurrentIndex(index)
        self.staff_combo.blockSignals(False)
        self.on_staff_chosen()

    def on_staff_dialog(self) -> None:
        StaffDialog(self.runner, self).exec()
        self.reload_staff()
        self.intake.reload_choices()
        self.appointments.reload_choices()
        self.inspection.reload_choices()
        self.workshop.reload_choices()
        self.reminders.reload_choices()
        self.complaints.reload_choices()

    def on_staff_chosen(self) -> None:
        staff_id = self.staff_combo.currentData()
        if staff_id is not None:
            self.runner.set_staff(int(staff_id))
            QSettings().setValue("counter/staff_id", int(staff_id))
            self.show_home_tab(self.staff_combo.currentData(ROLE_DATA))

    def show_home_tab(self, role: str | None) -> None:
        """The gate, the workshop supervisor, the cashier and the follow-up clerk each start on their own screen; the
        others keep the tab they are on."""
        home = {Role.GATE.value: self.gate, Role.SUPERVISOR.value: self.workshop, Role.CASHIER.value: self.settlement,
                Role.FOLLOWUP.value: self.followup}
        if role in home:
            self.tabs.setCurrentWidget(home[role])

    def on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.intake:
            self.intake.focus_search()
        elif self.tabs.widget(index) is self.appointments:
            self.appointments.offer_vehicle(self.intake.vehicle_id)

    def show_order(self, number: str) -> None:
        self.order.show_order(number)
        self.tabs.setCurrentWidget(self.order)

    def receive_appointment(self, number: str) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.receive_appointment(number)

    def inspect_appointment(self, number: str) -> None:
        """A booked car has come (from the board): the walk-around starts from its appointment."""
        self.tabs.setCurrentWidget(self.inspection)
        self.inspection.start_from_appointment(number)

    def show_settlement(self, number: str) -> None:
        self.settlement.refresh()
        self.settlement.show_order(number)
        self.tabs.setCurrentWidget(self.settlement)

    def on_about(self) -> None:
        QMessageBox.about(
            self, self.tr("关于 Desk"),
            self.tr("Desk %1\n4S 店售后服务前台系统").replace("%1", __version__),
        )


__all__ = ["MainWindow"]
