"""The counter application's main window: it only builds the tabs and wires them together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton, QStackedWidget, QTabWidget, QWidget

from desk import __version__
from desk.config import describe_database
from desk.models.enums import Role
from desk.services import auth, permissions, shop
from desk.views.audit_log import open_audit_log
from desk.views.customer_export_dialog import open_customer_export
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
from desk.views.sign_in import ChangePasswordDialog, IdleWatcher, LockScreen
from desk.views.staff_dialog import StaffDialog
from desk.views.workshop_tab import WorkshopTab


TAB_KEYS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6", "Alt+7", "Alt+8", "Alt+9", "Alt+0", "Alt+-", "Alt+=")
"""The tabs' shortcuts in their order: the number row, then the two keys after 0 (also in the Go menu)."""

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
        self.tab_screens: list[str] = []
        for key, (screen, widget, title) in zip(TAB_KEYS, [
            ("board", self.board, self.tr("看板")), ("intake", self.intake, self.tr("接车")),
            ("order", self.order, self.tr("委托书")), ("settlement", self.settlement, self.tr("结算")),
            ("appointments", self.appointments, self.tr("预约")), ("inspection", self.inspection, self.tr("环车检查")),
            ("workshop", self.workshop, self.tr("车间派工")), ("gate", self.gate, self.tr("门卫")),
            ("followup", self.followup, self.tr("回访")), ("complaints", self.complaints, self.tr("投诉")),
            ("reminders", self.reminders, self.tr("客户关怀")), ("kpi", self.kpi, self.tr("指标")),
        ], strict=True):
            self.tabs.addTab(widget, title)
            self.tabs.setTabToolTip(self.tabs.count() - 1, key)
            self.tab_screens.append(screen)
            action = QAction(title, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, w=widget: self.show_tab(w))
            self.go_actions.append(action)
        # A locked PC shows the lock screen instead of the tabs: nothing of the work stays visible.
        self.lock_screen = LockScreen(runner)
        self.lock_screen.form.signed_in.connect(self.on_unlocked)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.person: auth.SignedIn | None = None
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)

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
        runner.staff_changed.connect(self.on_staff_changed)
        runner.changed.connect(self.on_changed)
        self.board.refresh()
        self.settlement.refresh()
        if runner.staff_id is not None:
            self.on_staff_changed(runner.staff_id)
        self.apply_idle_setting()

    def _build_menu(self) -> None:
        self.screen_actions: dict[str, QAction] = {}
        desk_menu = self.menuBar().addMenu(self.tr("文件"))
        for screen, title, slot, shortcut in (
            ("shop_settings", self.tr("本店信息…"), lambda: ShopDialog(self.runner, self).exec(), None),
            ("print_settings", self.tr("打印设置…"), lambda: PrintSettingsDialog(self.runner, self).exec(), None),
            ("staff", self.tr("员工账号…"), self.on_staff_dialog, None),
            ("catalogues", self.tr("目录管理…"), lambda: open_catalogue_manager(self.runner, self), "Ctrl+Shift+K"),
            ("audit_log", self.tr("操作日志…"), lambda: open_audit_log(self.runner, self), "Ctrl+Shift+G"),
            ("export_customers", self.tr("导出客户资料…"), lambda: open_customer_export(self.runner, self), None),
        ):
            action = desk_menu.addAction(title)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            self.screen_actions[screen] = action
        desk_menu.addSeparator()
        self.password_action = desk_menu.addAction(self.tr("修改密码…"))
        self.password_action.triggered.connect(self.on_change_password)
        self.lock_action = desk_menu.addAction(self.tr("锁屏 / 切换用户"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
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
        self.person_label = QLabel()
        self.person_label.setObjectName("signedInPerson")
        switch = QPushButton(self.tr("切换用户 (Ctrl+L)"))
        switch.setObjectName("switchUser")
        switch.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        switch.clicked.connect(self.lock)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.person_label)
        self.statusBar().addPermanentWidget(switch)

    # --- who is at the counter ----------------------------------------------------------------------

    def on_staff_changed(self, staff_id: int) -> None:
        """Someone else signed in: show their name and only the screens their role may use."""
        person = self.runner.attempt(self, auth.person, staff_id, write=False)
        if person is None:
            return
        self.person = person
        role_name = enum_text(person.role, Role)
        self.person_label.setText(self.tr("当前：%1（%2）").replace("%1", person.name).replace("%2", role_name))
        self.setWindowTitle(self.tr("Desk 售后服务前台 — %1").replace("%1", person.name))
        self.apply_role(person.role)
        self.show_home_tab(person.role)

    def apply_role(self, role: str) -> None:
        """Hide the tabs and menu entries the role cannot use (the services refuse them anyway)."""
        shown = [permissions.allowed(role, permissions.SCREENS[screen]) for screen in self.tab_screens]
        if not shown[self.tabs.currentIndex()]:
            # Move to an allowed tab first: hiding the current tab would show its neighbour, which
            # may be one this role must not open.
            self.tabs.setCurrentIndex(shown.index(True) if any(shown) else 0)
        for index, allowed in enumerate(shown):
            self.tabs.setTabVisible(index, allowed)
            self.go_actions[index].setVisible(allowed)
            self.go_actions[index].setEnabled(allowed)
        for screen, action in self.screen_actions.items():
            allowed = permissions.allowed(role, permissions.SCREENS[screen])
            action.setVisible(allowed)
            action.setEnabled(allowed)

    def visible_screens(self) -> list[str]:
        """The tabs the signed-in person sees, by their screen names (for tests and the help)."""
        return [screen for index, screen in enumerate(self.tab_screens) if self.tabs.isTabVisible(index)]

    def show_tab(self, widget: QWidget) -> None:
        if self.tabs.isTabVisible(self.tabs.indexOf(widget)):
            self.tabs.setCurrentWidget(widget)

    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Lock the PC (Ctrl+L, the 切换用户 button, or idle time): the next person signs in, or the
        same one types their password to carry on."""
        if self.is_locked():
            return
        if self.runner.staff_id is not None:
            self.runner.attempt(self, auth.note_sign_out, locked=True)
        self.idle.pause()
        self.stack.setCurrentWidget(self.lock_screen)
        self._set_actions_enabled(False)
        self.lock_screen.show_for(self.person.name if self.person else "")

    def on_unlocked(self, person: auth.SignedIn) -> None:
        self.runner.set_staff(person.id)
        if self.person is None or self.person.id != person.id:
            self.on_staff_changed(person.id)
        self.stack.setCurrentWidget(self.tabs)
        self._set_actions_enabled(True)
        if self.person is not None:
            self.apply_role(self.person.role)
        self.idle.resume()
        self.tabs.currentWidget().setFocus()

    def _set_actions_enabled(self, enabled: bool) -> None:
        # Shortcuts of menu actions work even with the tabs hidden; a locked PC answers none.
        for menu_action in self.menuBar().actions():
            menu_action.setEnabled(enabled)
        for action in [*self.go_actions, *self.screen_actions.values(), self.password_action, self.lock_action]:
            action.setEnabled(enabled)

    def apply_idle_setting(self) -> None:
        info = self.runner.attempt(self, shop.shop_info, write=False)
        if info is not None:
            self.idle.set_minutes(info.idle_lock_minutes)

    def on_changed(self, changed: object) -> None:
        if getattr(changed, "settings", False):
            self.apply_idle_setting()

    def on_change_password(self) -> None:
        if self.person is not None:
            ChangePasswordDialog(self.runner, self.person, parent=self).exec()

    def on_staff_dialog(self) -> None:
        StaffDialog(self.runner, self).exec()
        self.intake.reload_choices()
        self.appointments.reload_choices()
        self.inspection.reload_choices()
        self.workshop.reload_choices()
        self.reminders.reload_choices()
        self.complaints.reload_choices()
        if self.runner.staff_id is not None:
            self.on_staff_changed(self.runner.staff_id)

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
